"""Two counts in the same frame of words in matching sentences: "shooting three people, killing
one" / "shot six people, killing one" is a conflict on how many were shot, even when the parser
hangs "three" on the killing; a count of another noun is not (hand-written texts)."""

from __future__ import annotations

from desktop.core.model import FindingKind, Report
from tests.factories import compare_texts as compare

LEFT = (
    "Gunman opens fire at accounting firm\n\n"
    "A man suspected of shooting three people, killing one, at an accounting firm was arrested "
    "after a chase, authorities said. The suspect had been fired last week. Police found a "
    "shotgun in his car."
)


def conflicts(report: Report) -> list[tuple[set[str], set[str], str]]:
    return [
        ({s.text for s in f.left}, {s.text for s in f.right}, f.reason)
        for f in report.findings
        if f.kind is FindingKind.CONFLICT
    ]


def test_three_people_shot_and_six_people_shot_are_a_conflict() -> None:
    right = (
        "Fired worker kills one at former office\n\n"
        "A man who was fired last week from his job at an accounting firm walked into his former "
        "office with a shotgun and shot six people, killing one, before fleeing, the authorities "
        "said. He was caught after a chase."
    )
    found = [(a, b, reason) for a, b, reason in conflicts(compare(LEFT, right)) if a == {"three"}]
    assert [(a, b) for a, b, _ in found] == [({"three"}, {"six"})]
    assert "the dead" not in found[0][2]  # three were shot, one of them killed


def test_six_shots_fired_count_no_people() -> None:
    right = (
        "Fired worker kills one at former office\n\n"
        "A man who was fired last week from his job at an accounting firm walked into his former "
        "office with a shotgun and fired six shots, killing one, before fleeing, the authorities "
        "said. He was caught after a chase."
    )
    assert not [c for c in conflicts(compare(LEFT, right)) if c[0] == {"three"}]
