"""bench.symmetry: a pair run both ways is compared after mirroring, so a one-sided mark on the
left in one order matches the same mark on the right in the other (hand-written texts)."""

from __future__ import annotations

from bench.symmetry import compare_both_ways, key_of, mirrored
from desktop.core.compare import compare_documents
from desktop.core.model import FindingKind
from tests.factories import compare_stories

_LEFT = (
    "Fire at warehouse\n\n"
    "Forty firefighters fought a fire at a warehouse in Elmdale on Tuesday. "
    "The owner, Tom Reyes, said the roof fell in."
)
_RIGHT = (
    "Warehouse burns\n\nTwenty firefighters fought a fire at a warehouse in Elmdale on Tuesday."
)


def test_a_left_only_mark_mirrors_to_a_right_only_mark() -> None:
    report = compare_stories(_LEFT, _RIGHT)
    lone = next(f for f in report.findings if f.kind is FindingKind.LEFT_ONLY)

    kind, left, right = mirrored(key_of(lone))

    assert kind == FindingKind.RIGHT_ONLY.value
    assert left == () and right == tuple((s.start, s.end) for s in lone.left)


def test_a_pair_run_both_ways_shows_no_difference_when_the_engine_is_order_free() -> None:
    a = {"id": "a", "text": _LEFT, "title": None, "date": "2020-01-01"}
    b = {"id": "b", "text": _RIGHT, "title": None, "date": "2020-01-01"}

    diff, forward, _ = compare_both_ways("test", a, b, compare_documents)

    assert any(f.kind is FindingKind.CONFLICT for f in forward.findings)
    assert not diff.differs, (diff.only_forward, diff.only_backward)
