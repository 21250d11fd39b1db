"""How the journalist's review is shown: status marks and labels, the panel's one-line count.

The review's rules (links, carrying a review across a re-run) are in ``desktop.core.review``.
"""

from __future__ import annotations

from collections import Counter

from desktop.core.model import Report, ReviewStatus

# A second, colour-free cue for each status: the table prefixes it, the panes draw it by the span.
STATUS_MARKS: dict[ReviewStatus, str] = {
    ReviewStatus.OPEN: "",
    ReviewStatus.CONFIRMED: "✓",
    ReviewStatus.DISPUTED: "?",
    ReviewStatus.DISMISSED: "–",
}
STATUS_LABELS: dict[ReviewStatus, str] = {
    ReviewStatus.OPEN: "Open",
    ReviewStatus.CONFIRMED: "Confirmed",
    ReviewStatus.DISPUTED: "Disputed",
    ReviewStatus.DISMISSED: "Dismissed",
}


def status_text(status: ReviewStatus) -> str:
    """The Review column: "✓ Confirmed"; an open finding shows nothing, so the reviewed ones stand out in the table."""
    mark = STATUS_MARKS[status]
    return f"{mark} {STATUS_LABELS[status]}" if mark else ""


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
