"""A day on a clause whose complement is a word of the schedule ("is due in court on Friday")
dates a step still to come, as "is due to appear on Friday" does: never the day of the attack."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

LEFT = (
    "Commuter stabbed at station\n\n"
    "A commuter was stabbed at Central Station on Monday evening, police said.\n\n"
    "The victim, a 28-year-old woman, was taken to hospital with wounds to her arm.\n"
)


def _right(clause: str) -> str:
    return (
        "Man charged over station stabbing\n\n"
        "Transit officers arrested a man on a platform at Central Station minutes after a woman "
        "was stabbed.\n\n"
        f"Daniel Roe was charged with attempted murder and {clause} on Friday.\n"
    )


def test_the_day_the_suspect_is_due_in_court_never_clashes_with_the_day_of_the_stabbing() -> None:
    assert conflict_texts(compare_stories(LEFT, _right("is due in court"))) == []


def test_the_day_the_woman_was_stabbed_still_clashes() -> None:
    conflicts = conflict_texts(compare_stories(LEFT, _right("the woman was stabbed")))
    assert ({"Monday evening"}, {"Friday"}) in conflicts
