"""A happening each article labels with one year ("his deadly 2005 rampage" / "the March 2004
rampage") is one happening named by one noun, wherever the two sentences stand: two years for
it contradict each other."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

LEFT = (
    "Courthouse gunman sentenced\n\nA judge sentenced Brian Nichols on Saturday to multiple life "
    "sentences for his deadly 2005 rampage at the county courthouse.\n\nThe judge said the "
    "killings were cruel.\n"
)


def test_a_rampage_given_another_year_in_an_unmatched_sentence_is_a_conflict() -> None:
    report = compare_stories(
        LEFT,
        "Judge sentences courthouse killer\n\nA judge on Saturday sentenced the man who killed "
        "four people in a courthouse escape to life in prison.\n\nNichols surrendered to police "
        "a day after the March 2004 rampage, which left his family stunned.\n",
    )
    assert ({"2005"}, {"March 2004"}) in conflict_texts(report)


def test_a_quake_and_an_earthquake_given_two_years_are_one_happening_dated_twice() -> None:
    left = (
        "Town rebuilds\n\nThe town has rebuilt most homes lost in the 2005 quake, the mayor "
        "said on Saturday.\n\nSchools reopened last year.\n"
    )
    right = (
        "Ten years on\n\nVisitors come back to the valley every spring.\n\nMost homes "
        "destroyed in the 2004 earthquake have been rebuilt, officials said.\n"
    )
    assert ({"2005"}, {"2004"}) in conflict_texts(compare_stories(left, right))
