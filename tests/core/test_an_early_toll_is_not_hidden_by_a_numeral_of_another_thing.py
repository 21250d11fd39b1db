"""A later report says ten people were killed and, further down, that three strong aftershocks
were felt; an early report says at least three were killed, then that three were. The aftershocks' "three" bears nothing
out about the dead, so the two tolls meet as a conflict whose reason says both may have been
true when each was written. Its twin: when the early report's dead are ten too, nothing is set
against the aftershocks (hand-written texts)."""

from __future__ import annotations

from desktop.core.model import FindingKind
from tests.factories import compare_stories

_LATER = (
    "Ten people were killed when an earthquake hit the island of Varos on Sunday. Rescue teams "
    "searched the ruins of two fishing villages through the night, and tents were handed out "
    "to families whose homes were lost. Three strong aftershocks were felt in the afternoon. "
    "The port reopened on Monday morning."
)
_EARLY = (
    "A strong earthquake struck the island of Varos on Sunday, flattening houses in two "
    "fishing villages and killing at least {} people. Schools on the island will stay shut until Wednesday, the education "
    "office said. The regional governor told reporters that the roof of the old market had "
    "collapsed and {} people killed."
)


def _conflicts(left: str, right: str) -> list[tuple[str, str, str]]:
    report = compare_stories(left, right)
    return [
        (" ".join(s.text for s in f.left), " ".join(s.text for s in f.right), f.reason)
        for f in report.findings
        if f.kind is FindingKind.CONFLICT
    ]


def test_an_early_count_of_the_dead_meets_the_later_one() -> None:
    conflicts = _conflicts(_LATER, _EARLY.format("three", "three"))
    tolls = [c for c in conflicts if c[0] == "Ten" and "three" in c[1]]
    assert len(tolls) == 1, conflicts
    assert "both may have been true" in tolls[0][2], tolls


def test_the_same_dead_set_nothing_against_the_aftershocks() -> None:
    assert _conflicts(_LATER, _EARLY.format("ten", "ten")) == []


def test_the_aftershocks_three_does_not_agree_with_three_dead() -> None:
    report = compare_stories(_LATER, _EARLY.format("three", "three"))
    agreed = [
        f
        for f in report.findings
        if f.kind is FindingKind.AGREE
        and any(s.text == "Three" for s in f.left)
        and any(s.text == "three" for s in f.right)
    ]
    assert agreed == [], agreed
