"""A journalist who drops the two articles in the other order sees the same verdicts, mirrored
(stop 56, bench.symmetry): the same conflict, whichever article stands on the left."""

from __future__ import annotations

from desktop.core.model import FindingKind, Report
from tests.factories import compare_stories

# One article gives a plain count and, further down, a bound that allows it; the other gives
# another plain count of the same wounded.
_EIGHT = (
    "Two dead, 8 wounded in Millbrook bar shooting\n\n"
    "A gunman opened fire in a crowded bar in Millbrook late on Friday, police said. "
    "The bar owner said the music was loud and nobody heard the first shots. "
    "Neighbours described the street as quiet. "
    "At least six people were wounded, a hospital spokeswoman told reporters on Saturday."
)
_SIX = (
    "Gunman kills two in Millbrook\n\n"
    "A gunman killed two people and wounded six in a crowded bar in Millbrook late on Friday, "
    "police said."
)


def _conflicts(report: Report, *, swapped: bool) -> set[tuple[str, str]]:
    out = set()
    for f in report.findings:
        if f.kind is FindingKind.CONFLICT:
            left = " / ".join(sorted(s.text for s in f.left))
            right = " / ".join(sorted(s.text for s in f.right))
            out.add((right, left) if swapped else (left, right))
    return out


def test_the_same_pair_dropped_in_the_other_order_shows_the_same_conflict() -> None:
    forward = _conflicts(compare_stories(_EIGHT, _SIX), swapped=False)
    backward = _conflicts(compare_stories(_SIX, _EIGHT), swapped=True)

    assert forward == backward, (forward, backward)
    assert any("8" in left and "six" in right for left, right in forward), forward
