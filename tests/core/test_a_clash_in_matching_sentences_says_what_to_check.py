"""A reporter reads two flood stories whose matching sentences count the houses under water two
ways. The red mark stays, but such clashes are often two stages or two parts of one story, so it
sits below the marks that are nearly always right (a name spelled two ways, at 0.6) and its reason
says what to check. A clash whose reason already says both may be true (an estimate) keeps its
own lower confidence and reason, without the note (hand-written texts)."""

from __future__ import annotations

from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.checked_clashes import NOTE
from desktop.core.model import Finding, FindingKind
from tests.factories import compare_stories

_LEFT = "Floods hit Arlow on Monday. The district said {} houses were under water and nine bridges shut."
_RIGHT = (
    "Floods hit Arlow on Monday. District officials said 190 houses in the valley were under "
    "water, and nine bridges stayed shut on Friday."
)


def _house_conflict(left_count: str) -> Finding:
    report = compare_stories(_LEFT.format(left_count), _RIGHT)
    found = [
        f
        for f in report.findings
        if f.kind is FindingKind.CONFLICT and f.right and f.right[0].text == "190"
    ]
    assert len(found) == 1, [f.reason for f in report.findings]
    return found[0]


def test_two_counts_in_matching_sentences_say_what_to_check() -> None:
    conflict = _house_conflict("120")
    assert conflict.confidence == tuning.ALIGNED_CLASH_CONFIDENCE
    assert conflict.confidence < tuning.SPELLED_APART_CONFIDENCE
    assert "same moment and the same whole" in conflict.reason


def test_an_estimate_keeps_its_own_reason() -> None:
    conflict = _house_conflict("about 120")
    assert conflict.confidence < tuning.ALIGNED_CLASH_CONFIDENCE
    assert NOTE not in conflict.reason
    assert "Both may be true" in conflict.reason
