"""Which verdict colours each aligned pair of the link map (Qt-free: the worker works it out for
``desktop.qt.prepared`` while ``desktop.qt.link_map`` only draws)."""

from __future__ import annotations

from bisect import bisect_left

from desktop.core.model import FindingKind, Report


def pair_kinds(report: Report) -> list[FindingKind | None]:
    """Colour each aligned pair by the entity-level findings that sit inside it on both sides:
    a conflict anywhere in the pair wins, then agreement, else neutral (``None``).

    Indexed by left-span position so 50,000-word articles (thousands of pairs and findings) cost
    milliseconds, not a pairs x findings scan."""
    spans: list[tuple[int, int, int]] = []  # (left start, left end, finding index)
    linked = [
        f
        for f in report.findings
        if f.kind in (FindingKind.CONFLICT, FindingKind.AGREE) and not f.is_statement
    ]
    for index, finding in enumerate(linked):
        spans.extend((s.start, s.end, index) for s in finding.left)
    spans.sort()
    starts = [s[0] for s in spans]
    longest = max((end - start for start, end, _i in spans), default=0)
    kinds: list[FindingKind | None] = []
    for pair in report.alignment:
        found: FindingKind | None = None
        lo = bisect_left(starts, pair.left.start - longest)
        hi = bisect_left(starts, pair.left.end)
        for _start, end, index in spans[lo:hi]:
            if end <= pair.left.start:
                continue
            finding = linked[index]
            if any(pair.right.overlaps(s.range) for s in finding.right):
                found = finding.kind
                if found is FindingKind.CONFLICT:
                    break
        kinds.append(found)
    return kinds
