"""A figure paid or counted per period is a rate, never set against a total; a figure about
someone the other article never names is not set against it; a quote that spells "the 11th
hour" out as "the eleventh hour" says the same words."""

from __future__ import annotations

from desktop.core.quoting.quote_compare import told_alike
from tests.factories import compare_texts, conflict_texts

PER_YEAR = (
    "Center signs with Sixers\n\n"
    "The center agreed to a deal with the club that pays him $14 million a year, his agent "
    "said on Monday."
)


def test_pay_a_year_is_not_set_against_the_whole_deal() -> None:
    whole = (
        "Center signs with Sixers\n\n"
        "The center agreed to a $70 million deal with the club, his agent said on Monday."
    )
    assert not conflict_texts(compare_texts(PER_YEAR, whole))


def test_two_rates_a_year_still_conflict() -> None:
    found = conflict_texts(compare_texts(PER_YEAR, PER_YEAR.replace("$14 million", "$12 million")))
    assert any("$14 million" in a and "$12 million" in b for a, b in found), found


def test_an_ordinal_in_digits_or_in_words_is_the_same_word_in_a_quote() -> None:
    assert told_alike(["this", "11th"], ["this", "eleventh"])
    assert not told_alike(["this", "11th"], ["this", "twelfth"])


def test_a_figure_about_someone_the_other_article_never_names_is_not_set_against_it() -> None:
    coach = (
        "Sixers weigh their options\n\n"
        "Coach Jim O'Brien just finished the first year of a three-year deal with the club, the "
        "team said on Monday."
    )
    player = (
        "Agent says Sixers to sign Dalembert to six-year deal\n\n"
        "Samuel Dalembert agreed to a six-year deal with the club, his agent said on Monday."
    )
    assert not conflict_texts(compare_texts(coach, player))
    other_length = coach.replace("three-year", "four-year")
    found = conflict_texts(compare_texts(coach, other_length))
    assert any("three-year" in a and "four-year" in b for a, b in found), found
