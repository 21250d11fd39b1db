"""One boxer's loss in 1996 and another's in 2004 are two losses, not one loss dated twice; the
same loss to the same man dated 1996 and 1997 is still a conflict."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

OPENING = "Wladimir Klitschko beat Riddick Bowe in Mannheim on Saturday. "
LEFT = (
    "Klitschko beats Bowe\n\n" + OPENING + "Bowe, whose record had only one loss, was losing to "
    "Andrew Golota in 1996 before Golota was disqualified."
)


def test_two_boxers_losing_to_two_men_in_two_years_is_no_conflict() -> None:
    right = (
        "Klitschko wins again\n\n" + OPENING + "The win took Klitschko's record to 52-3, his tenth "
        "win since losing to Lamon Brewster in 2004."
    )
    assert conflict_texts(compare_stories(LEFT, right)) == []


def test_one_loss_to_the_same_man_in_two_years_is_still_a_conflict() -> None:
    right = (
        "Klitschko wins again\n\n" + OPENING + "The loss took Bowe's record to 52-3, his first "
        "defeat since losing to Golota in 1997."
    )
    assert ({"1996"}, {"1997"}) in conflict_texts(compare_stories(LEFT, right))
