"""A journalist who drops the two articles in the other order sees the same repeats highlighted
(stop 57, bench.symmetry): a day an article tells twice joins the agreement on it whichever
article stands on the left, not only when that article is on the left."""

from __future__ import annotations

from desktop.core.model import FindingKind, Report
from tests.factories import compare_stories

# The second article names the day once beside the agreed figure and once more further down.
_BOY = (
    "Girl, 13, killed in Ashford home shooting\n\n"
    "A 13-year-old girl died in a house on Elm Street in Ashford, police said. "
    "The mayor called the death a tragedy for the whole town. "
    "A vigil is planned for Friday evening at the school. "
    "Meanwhile, a 5-year-old boy was inside his home Tuesday on Oak Street when a stray bullet "
    "hit him. "
    "Neighbours said the family had lived there for years."
)
_GIRL = (
    "Ashford girl shot dead at home\n\n"
    "Police said a 13-year-old girl was killed at her home on Elm Street in Ashford. "
    "Her school will open a room for grieving pupils. "
    "Detectives are still trying to find out who owned the gun. "
    "The children discovered the weapon Tuesday in a home on Elm Street, police said. "
    "The arrest was the latest twist in a bloody Tuesday in Ashford involving three shootings."
)


def _tuesdays(report: Report, *, swapped: bool) -> set[tuple[tuple[int, ...], tuple[int, ...]]]:
    """Each agreement on the day, as the starts of its quotes on the boy's and the girl's side."""
    out = set()
    for f in report.findings:
        if f.kind is FindingKind.AGREE and {s.text for s in f.left + f.right} == {"Tuesday"}:
            left = tuple(sorted(s.start for s in f.left))
            right = tuple(sorted(s.start for s in f.right))
            out.add((right, left) if swapped else (left, right))
    return out


def test_the_same_pair_dropped_in_the_other_order_highlights_the_same_repeats_of_tuesday() -> None:
    forward = _tuesdays(compare_stories(_BOY, _GIRL), swapped=False)
    backward = _tuesdays(compare_stories(_GIRL, _BOY), swapped=True)

    assert forward == backward, (forward, backward)
    # The girl's article tells the day twice; both mentions are the agreed day.
    assert any(len(girl) == 2 for _, girl in forward), forward
