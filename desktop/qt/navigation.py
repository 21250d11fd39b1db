"""The order the Go menu walks: conflicts, every finding, the next one still to review.

Pure functions over finding ids, so the stepping rules are tested without a window. The window
walks the findings table's own order (its sort and filters), so F7 goes to the row below.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop.core.model import Finding, FindingKind, Report


def position(finding: Finding) -> tuple[int, int]:
    """Reading order: by the left article where the finding appears there, else by the right."""
    if finding.left:
        return (min(s.start for s in finding.left), 0)
    return (min((s.start for s in finding.right), default=0), 1)


def conflict_order(report: Report) -> list[str]:
    """Conflict ids in reading order, the sequence next/previous conflict walks."""
    conflicts = [f for f in report.findings if f.kind is FindingKind.CONFLICT]
    return [f.id for f in sorted(conflicts, key=position)]


def step(order: Sequence[str], current: str | None, by: int) -> str | None:
    """The id ``by`` places after ``current`` in ``order``, wrapping round; from nowhere (or from
    an id not in ``order``), the first going forwards and the last going backwards."""
    if not order:
        return None
    if current in order:
        return order[(order.index(current) + by) % len(order)]
    return order[0] if by > 0 else order[-1]


def step_to_open(
    order: Sequence[str], current: str | None, is_open: dict[str, bool], by: int = 1
) -> str | None:
    """The next id after ``current`` (wrapping) that is still open; None when all are reviewed."""
    if not order:
        return None
    start = order.index(current) if current in order else (-1 if by > 0 else len(order))
    for k in range(1, len(order) + 1):
        candidate = order[(start + by * k) % len(order)]
        if is_open.get(candidate, False):
            return candidate
    return None
