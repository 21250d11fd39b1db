"""Figures and dates as reporters write them: words, hedges, ranges, units, relative days."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.core.figures.numbers.values import (
    DateValue,
    NumberValue,
    dates_compatible,
    numbers_compatible,
    parse_date,
    parse_number,
    parse_time,
)
from desktop.core.naming.names import nationality_country, person_key, place_key


def number(text: str) -> NumberValue:
    """A figure the test expects to be read (a ``None`` here is the failure)."""
    value = parse_number(text)
    assert value is not None, text
    return value


def day(text: str, today: date | None = None) -> DateValue:
    value = parse_date(text, today)
    assert value is not None, text
    return value


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("5,000", 5000, 5000),
        ("Ten", 10, 10),
        ("two", 2, 2),
        ("about 50", 47.5, 52.5),
        ("at least four", 4, float("inf")),
        ("more than 100,000", 100_000, float("inf")),
        ("hundreds of thousands", 200_000, 999_999),
        ("40 percent to 70 percent", 40, 70),
        ("$2.5 million", 2_500_000, 2_500_000),
    ],
)
def test_numbers_read_from_digits_words_hedges_and_ranges(
    text: str, low: float, high: float
) -> None:
    value = parse_number(text)
    assert value is not None
    assert value.low == pytest.approx(low)
    assert value.high == pytest.approx(high)


def test_units_convert_so_feet_and_metres_agree_but_700_and_600_metres_do_not() -> None:
    assert numbers_compatible(number("about 200ft"), number("about 60m"))
    assert numbers_compatible(number("about 2, 000ft"), number("about 600m"))
    assert numbers_compatible(number("some 700 metres"), number("about 600m")) is False


def test_at_least_tolerates_a_larger_figure_but_about_does_not() -> None:
    eighty = number("80")
    assert numbers_compatible(eighty, number("at least 50"))
    assert numbers_compatible(eighty, number("about 50")) is False
    assert numbers_compatible(number("120,000"), number("more than 100,000"))


def test_figures_in_different_units_are_not_compared() -> None:
    assert numbers_compatible(number("5 miles"), number("5 percent")) is None


def test_weekdays_resolve_against_the_article_date() -> None:
    monday = date(2005, 11, 28)
    sunday = parse_date("Sunday", monday)
    assert sunday is not None and sunday.display() == "2005-11-27"
    assert day("yesterday", monday).display() == "2005-11-27"
    assert day("Nov. 8", date(2013, 10, 30)).display() == "2013-11-08"


def test_dates_compare_at_the_precision_both_give() -> None:
    assert dates_compatible(day("June 1998"), day("June 1999")) is False
    assert dates_compatible(day("September 22, 2023"), day("2023")) is True
    assert dates_compatible(day("2003"), day("Monday")) is None


def test_durations_and_non_dates_are_not_dates() -> None:
    assert parse_date("six-week") is None


def test_clock_times_normalise() -> None:
    assert parse_time("at around 9 a.m.") == parse_time("just after 9 a.m.") == "09:00"
    assert parse_time("1:53 p.m. local time") == "13:53"
    assert parse_time("the morning") is None


def test_names_keep_titles_apart_and_nationalities_point_at_countries() -> None:
    assert person_key("Major Ivan Petrov") == ("ivan", "petrov")
    assert person_key("President Ilham Aliyev")[1] == person_key("Aliyev")[1]
    assert nationality_country("Russian") == place_key("Russia") == "russia"
    assert place_key("southern Iran") == "iran"
    assert place_key("the U.S.") == "united states"


def test_a_vote_or_score_is_a_tally_not_a_range() -> None:
    nine_three = parse_number("deadlocked at 9-3")
    assert nine_three is not None and nine_three.display() == "9-3"
    assert numbers_compatible(nine_three, number("16-3")) is False
    assert numbers_compatible(nine_three, number("9-3"))
    forty_fifty = parse_number("40-50")
    assert forty_fifty is not None and (forty_fifty.low, forty_fifty.high) == (40, 50)


def test_last_month_in_a_piece_of_early_january_is_december_of_the_year_before() -> None:
    assert parse_date("Last month", date(2024, 1, 5)) == DateValue(year=2023, month=12)
    assert parse_date("earlier this month", date(2024, 1, 5)) == DateValue(year=2024, month=1)
    assert parse_date("last month", None) is None
