"""A lapse told only by a bare plural of a short unit ("Seconds later", "just a few minutes
after the dismissal") paces the story between two steps: no moment and no count another report
could give, so no yellow mark says the other article lacks it. Twin: a lapse with a figure
("About 90 minutes later") is a fact, and keeps its mark when the other article lacks it."""

from __future__ import annotations

from tests.factories import compare_stories, yellow

LEAD_L = "A deputy answered a noise complaint at a hall on Route 9 in Halifax on Sunday. "
LEAD_R = "A deputy went to a hall on Route 9 in Halifax on Sunday over a noise complaint. "


def test_seconds_later_is_no_time_the_other_article_lacks() -> None:
    report = compare_stories(
        LEAD_L + "Seconds later, the deputy heard a burst of gunfire from the hall.",
        LEAD_R + "The deputy heard a sudden burst of gunfire from the hall.",
    )
    assert not any("Seconds" in y for y in yellow(report)), yellow(report)


def test_a_few_minutes_after_the_dismissal_is_no_time_the_other_article_lacks() -> None:
    report = compare_stories(
        LEAD_L + "It was just a few minutes after the school's dismissal at the hall.",
        LEAD_R + "Students had just left school when the shots were fired at the hall.",
    )
    assert not any("minutes" in y for y in yellow(report)), yellow(report)


def test_ninety_minutes_later_stays_a_time_the_other_article_lacks() -> None:
    report = compare_stories(
        LEAD_L + "About 90 minutes later, the deputy entered the hall.",
        LEAD_R + "The deputy then entered the hall.",
    )
    assert any("90 minutes" in y for y in yellow(report)), yellow(report)
