"""Calendar days and bare months of one thing clash (invented stories). "after a vote by Fintra
shareholders on May 14" / "Fintra investors vote on the deal on May 21": a calendar date names
its day outright, so a day still to come is one vote's day told twice, not a second happening.
"Laptops using the chips will go on sale in January" / "The first laptops with the chips are due
in February": two lone months of one thing. "a judge set his trial for June 9" / "The trial will
start on June 16": two lone days of one trial, though the sentences align only loosely. The
deal's closing day, another product's month, a hearing's day stay silent."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts

DEAL = "Marlow agreed on Wednesday to buy Fintra for $2.1 billion in cash. "
VOTE = DEAL + "Fintra investors vote on the deal on May 21."
CHIP = (
    "Tessaron unveiled its T9 processor on Tuesday, a chip with 14 cores for laptops and desktops. "
)
LAPTOPS = CHIP + "Laptops using the chips will go on sale in January from five makers."


def test_two_days_of_one_shareholder_vote_clash() -> None:
    left = (
        DEAL
        + "Marlow expects to complete the purchase after a vote by Fintra shareholders on May 14."
    )
    assert conflict_texts(compare_texts(left, VOTE)) == [({"May 14"}, {"May 21"})]


def test_the_closing_day_against_the_votes_day_is_no_conflict() -> None:
    left = DEAL + "Marlow expects the purchase to close on May 14, after the vote."
    assert conflict_texts(compare_texts(left, VOTE)) == []


def test_two_months_of_one_launch_clash() -> None:
    right = CHIP + "The first laptops with the chips are due in February."
    assert conflict_texts(compare_texts(LAPTOPS, right)) == [({"January"}, {"February"})]


def test_another_products_month_is_no_conflict() -> None:
    right = CHIP + "Desktop computers with the chips will follow in February."
    assert conflict_texts(compare_texts(LAPTOPS, right)) == []


COURT = (
    "Carl Renner, accused of killing two cyclists while driving drunk, pleaded not guilty on"
    " Monday to all charges. "
)
TRIAL = COURT + "A judge set his trial for June 9 in Harlow County Court."


def test_two_days_of_one_trial_in_loosely_aligned_sentences_clash() -> None:
    right = (
        COURT
        + "The trial will start on June 16, the judge said, and is expected to last two weeks."
    )
    assert conflict_texts(compare_texts(TRIAL, right)) == [({"June 9"}, {"June 16"})]


def test_a_hearings_day_against_the_trials_is_no_conflict() -> None:
    right = COURT + "A hearing on his lawyers' motions will be held on May 20, the judge said."
    assert conflict_texts(compare_texts(TRIAL, right)) == []


def test_a_sentence_with_two_calendar_days_gives_no_lone_day() -> None:
    right = (
        COURT + "His trial will start on June 16 with jury selection, the judge said, and his"
        " bail hearing is on May 20."
    )
    assert conflict_texts(compare_texts(TRIAL, right)) == []
