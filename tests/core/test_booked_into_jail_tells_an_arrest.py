"""One "booked" into jail was arrested first: "He was booked on suspicion of
murder" tells the arrest "He was arrested on suspicion of homicide" tells, so no yellow mark says
the left article never speaks of an arrest. Twin: an article that tells no booking, no jail and
no arrest still leaves the other's arrest marked."""

from __future__ import annotations

from tests.factories import compare_stories, yellow

LEAD = "A 30-year-old man was shot and killed outside a store on Elm Street on Friday night. "


def test_booked_on_suspicion_tells_the_arrest() -> None:
    report = compare_stories(
        LEAD + "A 24-year-old man was booked on suspicion of murder, police said.",
        LEAD + "A 24-year-old man was arrested on suspicion of homicide, police said.",
    )
    assert "arrested" not in yellow(report), yellow(report)


def test_an_article_with_no_booking_leaves_the_arrest_marked() -> None:
    report = compare_stories(
        LEAD + "A 24-year-old man was questioned in the killing, police said.",
        LEAD + "A 24-year-old man was arrested in the killing, police said.",
    )
    assert "arrested" in yellow(report), yellow(report)
