"""Sports pages shorten "general manager" to "GM" before a name: "Assistant GM Tony Baxter" is
a person called Tony Baxter with the title GM, so an article naming "assistant general manager
Tony Ruiz" in that post names another man in the same part; the same name on both sides agrees."""

from __future__ import annotations

from desktop.core.model import FindingKind, MentionType
from tests.factories import compare_stories, conflict_texts

_LEFT = (
    "Rovers fire coach\n\nThe Rovers fired coach Dan Moss on Sunday after a losing run of eight "
    "games. Assistant general manager Tony Ruiz was appointed interim coach before the team's "
    "game on Tuesday night.\n"
)


def _right(name: str) -> str:
    return (
        "Moss out as Rovers coach\n\nDan Moss became the third coach sacked this season when the "
        "Rovers let him go on Sunday. The club said little about its plans, though fans had "
        f"called for change for weeks. Moss will be replaced for now by Assistant GM {name}.\n"
    )


def _person_conflicts(right: str) -> list[tuple[set[str], set[str]]]:
    report = compare_stories(_LEFT, right)
    return [
        ({s.text for s in f.left}, {s.text for s in f.right})
        for f in report.findings
        if f.kind is FindingKind.CONFLICT and f.type is MentionType.PERSON
    ]


def test_an_interim_coach_named_after_gm_conflicts_with_another_name() -> None:
    found = _person_conflicts(_right("Tony Baxter"))
    assert any("Tony Ruiz" in left for left, _ in found), found


def test_the_same_interim_coach_after_gm_still_agrees() -> None:
    right = _right("Tony Ruiz")
    report = compare_stories(_LEFT, right)
    assert not _person_conflicts(right), conflict_texts(report)
