"""How two claims about one thing relate: bounds, estimates, days and times at the precision
given."""

from __future__ import annotations

from datetime import date

from desktop.core.extraction.facts import Fact
from desktop.core.figures.numbers.values import parse_date, parse_number, parse_time
from desktop.core.findings.bookkeeping.claims import (
    Relation,
    number_relation,
    relation,
    written_date,
)
from desktop.core.model import MentionType


def figure(text: str, **kw: object) -> Fact:
    fact = Fact(0, len(text), text, MentionType.NUMBER, "CARDINAL", 0)
    fact.number = parse_number(text)
    fact.slot = {"death": 1.0}
    for key, value in kw.items():
        setattr(fact, key, value)
    return fact


def day(text: str, reference: date | None = None, mtype: MentionType = MentionType.DATE) -> Fact:
    fact = Fact(0, len(text), text, mtype, mtype.name, 0)
    fact.date = parse_date(text, reference)
    clock = parse_time(text)
    fact.value = clock or text
    return fact


def rel(a: str, b: str) -> Relation | None:
    x, y = parse_number(a), parse_number(b)
    assert x is not None and y is not None
    return number_relation(x, y)


NO_REFS = (None, None)


def test_at_least_five_and_at_least_three_dead_are_different_bounds_not_corroboration() -> None:
    assert rel("at least five", "at least three") is Relation.BOUNDS
    assert rel("more than 26,000", "more than 31,000") is Relation.BOUNDS
    assert rel("about 50", "about 60") is Relation.BOUNDS


def test_the_same_figure_in_other_words_is_the_same_and_a_changed_count_clashes() -> None:
    assert rel("at least five", "at least 5") is Relation.SAME
    assert rel("Ten", "10") is Relation.SAME
    assert rel("about 200ft", "about 60m") is Relation.SAME
    assert rel("one", "four") is Relation.CLASH
    assert rel("about 50", "80") is Relation.CLASH


def test_a_lower_bound_allows_a_larger_figure_without_being_the_same() -> None:
    assert rel("at least 50", "80") is Relation.CONSISTENT
    assert rel("at least 50", "600") is None  # too far apart to say anything


def test_a_value_about_an_earlier_event_is_not_compared_with_this_one() -> None:
    earlier = figure("7.2", other_event=True)
    assert relation(earlier, figure("6.1"), NO_REFS) is None
    assert relation(figure("7.2", other_event=True), earlier, NO_REFS) is Relation.SAME


def test_ages_are_compared_only_with_ages() -> None:
    age = figure("47", slot={"age": 1.0})
    assert relation(age, figure("52"), NO_REFS) is None


def test_weekdays_compare_as_weekdays_and_a_changed_weekday_clashes() -> None:
    assert relation(day("Sunday"), day("Monday"), NO_REFS) is Relation.CLASH
    assert relation(day("on Sunday"), day("Sunday night"), NO_REFS) is Relation.SAME


def test_a_date_without_its_year_is_the_same_day_never_a_guessed_year_clash() -> None:
    # The right article's date puts a bare "Nov. 8" in another year: the text gives no year.
    full = day("November 8, 2023", date(2023, 11, 9))
    bare = day("Nov. 8", date(2024, 10, 30))
    assert relation(full, bare, (date(2023, 11, 9), date(2024, 10, 30))) is Relation.SAME


def test_last_night_is_the_weekday_before_the_article_date() -> None:
    refs = (date(2023, 9, 23), None)  # a Saturday
    last_night = day("last night", refs[0], MentionType.TIME)
    friday = day("Friday night", None, MentionType.TIME)
    assert written_date(last_night, refs[0]) == parse_date("2023-09-22")
    assert relation(last_night, friday, refs) is Relation.SAME
    assert relation(last_night, day("Thursday"), refs) is Relation.CLASH


def test_ten_in_the_morning_is_ten_am() -> None:
    assert parse_time("10 in the morning") == parse_time("10 a.m.") == "10:00"
    assert parse_time("9 in the evening") == "21:00"
    a = day("10 a.m.", None, MentionType.TIME)
    b = day("10 in the morning", None, MentionType.TIME)
    assert relation(a, b, NO_REFS) is Relation.SAME
    assert relation(a, day("11 a.m.", None, MentionType.TIME), NO_REFS) is Relation.CLASH


def test_several_dead_is_no_clash_with_ten_but_is_with_a_hundred() -> None:
    several, ten, hundred = (parse_number(t) for t in ("several", "10", "100"))
    assert several is not None and ten is not None and hundred is not None
    assert number_relation(several, ten) is None
    assert number_relation(several, hundred) is Relation.CLASH
    dozens, five = parse_number("dozens"), parse_number("five")
    assert dozens is not None and five is not None
    assert number_relation(dozens, five) is Relation.CLASH


def test_today_and_today_on_pages_a_day_apart_are_the_same_day_as_told() -> None:
    refs = (date(2009, 3, 3), date(2009, 3, 4))
    assert relation(day("today", refs[0]), day("today", refs[1]), refs) is Relation.SAME


def test_two_weeks_ago_dates_something_and_measures_no_three_week_trial() -> None:
    ago = figure("about two weeks ago", slot={"week": 1.0})
    span = figure("three-week", slot={"week": 1.0})
    assert relation(ago, span, NO_REFS) is None
    assert relation(figure("two weeks", slot={"week": 1.0}), span, NO_REFS) is Relation.CLASH


def test_a_year_inside_a_span_of_years_is_no_clash() -> None:
    span = day("between 1991 and 1998")
    assert relation(day("1998"), span, NO_REFS) is None
    assert relation(day("1998"), day("1991"), NO_REFS) is Relation.CLASH


def test_a_past_year_and_a_coming_year_are_two_happenings() -> None:
    page = (date(2013, 8, 2), date(2013, 8, 3))
    assert relation(day("2007"), day("2014"), page) is None
    assert relation(day("2012"), day("2011"), page) is Relation.CLASH
