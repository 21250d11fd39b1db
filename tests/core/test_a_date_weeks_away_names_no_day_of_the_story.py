"""A weekday changed in one article shows a conflict even when that article also gives a calendar
date weeks away that happens to fall on the other's weekday: "faces a May 22 deadline" names no
day of the story's week. The very day itself ("on May 1", the Wednesday) still leaves room for
both, and nothing is said."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

# Printed on Tuesday 7 May 2024: "Wednesday" is May 1, "Saturday" May 4, and May 22 a Wednesday.
_WEDNESDAY = (
    "Bank fire kills three in Norland\n\n"
    "A fire-bomb attack on a bank in the Norland capital killed three people Wednesday as police "
    "fought striking protesters in the streets outside. The prime minister called the attack "
    "murder."
)
_SATURDAY = (
    "Three die as protest turns violent\n\n"
    "Three bank employees died when their branch went up in flames Saturday as tens of thousands "
    "marched against spending cuts. The government faces a May 22 deadline on debt it says it "
    "cannot repay."
)


def test_a_deadline_weeks_away_leaves_the_two_days_of_the_deaths_in_conflict() -> None:
    assert conflict_texts(compare_stories(_WEDNESDAY, _SATURDAY)) == [({"Wednesday"}, {"Saturday"})]


def test_the_other_article_giving_that_wednesday_itself_says_nothing() -> None:
    right = _SATURDAY.replace("faces a May 22 deadline on", "has owed since May 1")
    assert conflict_texts(compare_stories(_WEDNESDAY, right)) == []
