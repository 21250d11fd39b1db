"""A step still to come, dated by its weekday in one article and by its day and month in the
other ("will take place on Thursday" / "on May 9", on pages of Tuesday 7 May 2024), names the
coming Thursday: the two agree instead of conflicting. A date a week later still conflicts, and
a past Thursday still agrees with the Thursday before the page."""

from __future__ import annotations

from tests.factories import agreed_texts, compare_stories, day_conflicts


def _ceremony(verb: str, day: str) -> str:
    return f"Hall of fame to honour Reyes\n\nThe induction ceremony for Reyes {verb} on {day}, organisers said."


def test_a_ceremony_that_will_take_place_on_thursday_agrees_with_one_on_may_9() -> None:
    report = compare_stories(
        _ceremony("will take place", "Thursday"), _ceremony("will take place", "May 9")
    )
    assert not day_conflicts(report)
    assert ({"Thursday"}, {"May 9"}) in agreed_texts(report)


def test_a_ceremony_that_will_take_place_on_thursday_still_conflicts_with_one_on_may_16() -> None:
    report = compare_stories(
        _ceremony("will take place", "Thursday"), _ceremony("will take place", "May 16")
    )
    assert ({"Thursday"}, {"May 16"}) in day_conflicts(report)


def test_a_ceremony_that_took_place_on_thursday_still_agrees_with_one_on_may_2() -> None:
    report = compare_stories(_ceremony("took place", "Thursday"), _ceremony("took place", "May 2"))
    assert not day_conflicts(report)
    assert ({"Thursday"}, {"May 2"}) in agreed_texts(report)
