"""How the journalist's review is shown in the window: the status words and marks (defined once in
``desktop.core.results.labels`` for the window and the reports) and the findings panel's one-line
count.

The review's rules (links, carrying a review across a re-run) are in
``desktop.core.results.review``.
"""

from __future__ import annotations

from collections import Counter

from desktop.core.model import Report, ReviewStatus
from desktop.core.results.labels import STATUS_LABELS, STATUS_MARKS, status_text

__all__ = ["STATUS_LABELS", "STATUS_MARKS", "review_counts", "status_text"]


def review_counts(report: Report) -> str:
    """One line for the findings panel: "3 of 24 reviewed: 2 confirmed, 1 disputed"."""
    counts = Counter(f.status for f in report.findings)
    reviewed = len(report.findings) - counts.get(ReviewStatus.OPEN, 0)
    parts = [
        f"{counts[s]} {s.value}"
        for s in (ReviewStatus.CONFIRMED, ReviewStatus.DISPUTED, ReviewStatus.DISMISSED)
        if counts.get(s)
    ]
    text = f"{reviewed} of {len(report.findings)} reviewed"
    return f"{text}: {', '.join(parts)}" if parts else text
