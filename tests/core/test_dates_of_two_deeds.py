"""Two dates in loosely aligned sentences, each on a verb of its own that names another happening
("today the ministry has begun to repair the damage" / "On March 3, the minister ordered a
review"), date two happenings: no conflict. The same happening dated twice still clashes
(hand-made sentences, no corpus text)."""

from __future__ import annotations

from desktop.core.model import Finding, FindingKind, Report
from tests.factories import compare_texts

PAGE = "2011-04-28"
LEFT = (
    "Ministry starts to undo river rule changes\n\n"
    "The ministry on Tuesday moved to undo last-minute changes to the river act. "
    '"Several last-minute rule changes have undermined the science of the river act, and today '
    'the ministry has begun to repair the damage," she said.'
)
RIGHT = (
    "Ministry to undo river rule changes\n\n"
    "The ministry on Tuesday moved to undo last-minute changes to the river act. "
    "On March 3, Minister Vale {verb} the water and farm departments to review the rule changes, "
    "saying the ministry should strengthen the river act, not weaken it."
)


def date_conflicts(report: Report) -> list[Finding]:
    return [
        f
        for f in report.findings
        if f.kind is FindingKind.CONFLICT and any("March" in s.text for s in f.right)
    ]


def test_a_repair_begun_today_is_no_clash_with_a_review_ordered_in_march() -> None:
    assert not date_conflicts(compare_texts(LEFT, RIGHT.format(verb="directed"), PAGE))


def test_one_repair_begun_on_two_days_still_clashes() -> None:
    right = RIGHT.format(verb="directed").replace(
        "On March 3, Minister Vale directed the water and farm departments to review",
        "On March 3, the ministry began to repair the damage and directed departments to review",
    )
    found = date_conflicts(compare_texts(LEFT, right, PAGE))
    assert any(f.left[0].text == "today" for f in found), found
