"""The order the Go menu walks: conflicts, every finding, the next one still to review.

Pure functions over finding ids, so the stepping rules are tested without a window. The window
walks the findings table's own order (its sort and filters), so F7 goes to the row below. F8 walks
the conflicts in that same order: the status "Conflict 1 of 2" selects the first conflict row the
journalist sees in the table (sure conflicts before those to check, as the table lists them), not
the first in reading order, which could be the table's second conflict row. Reading order stays
the walk when there is no table (``conflict_order``).
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


def table_conflict_order(
    conflicts: Sequence[str], shown_rows: Sequence[str], sorted_rows: Sequence[str]
) -> tuple[list[str], int]:
    """The conflicts in the order the findings table lists them, and how many of them it shows.

    ``shown_rows`` are the table's rows as sorted and filtered now, ``sorted_rows`` every finding
    in the table's sort, filters aside. The conflicts the table shows come first; those its
    filters hide follow in its sort (F8 still reaches every conflict), then any it lacks."""
    wanted = set(conflicts)
    order = [i for i in shown_rows if i in wanted]
    shown = len(order)
    seen = set(order)
    for finding_id in (*sorted_rows, *conflicts):
        if finding_id in wanted and finding_id not in seen:
            order.append(finding_id)
            seen.add(finding_id)
    return order, shown


def conflict_status(index: int, total: int, shown: int) -> str:
    """The status line for the conflict at ``index`` of a walk whose first ``shown`` are rows
    the table shows: a conflict the filters hide says so, as the table cannot select it."""
    text = f"Conflict {index + 1} of {total}"
    if index >= shown:
        return f"{text}: hidden by the findings table's filters"
    if shown < total:
        hidden = total - shown
        return f"{text} ({hidden} more hidden by the findings table's filters)"
    return text


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
