"""How review statuses are named and marked: one set of words and symbols for the window and the
reports, so a "✓" in the findings table means what it means in the PDF.

Each mark is a colour-free cue that survives greyscale printing; every one is in DejaVu Sans (the
PDF's font) and in the system fonts of Windows and macOS.
"""

from __future__ import annotations

from desktop.core.model import ReviewStatus

STATUS_MARKS: dict[ReviewStatus, str] = {
    ReviewStatus.OPEN: "",  # unmarked, so the reviewed findings stand out
    ReviewStatus.CONFIRMED: "✓",
    ReviewStatus.DISPUTED: "?",
    ReviewStatus.DISMISSED: "✕",
}
STATUS_LABELS: dict[ReviewStatus, str] = {
    ReviewStatus.OPEN: "Open",
    ReviewStatus.CONFIRMED: "Confirmed",
    ReviewStatus.DISPUTED: "Disputed",
    ReviewStatus.DISMISSED: "Dismissed",
}


def status_text(status: ReviewStatus, *, open_text: str = "") -> str:
    """ "✓ Confirmed"; an open finding reads as ``open_text`` (blank in the window's table)."""
    mark = STATUS_MARKS[status]
    return f"{mark} {STATUS_LABELS[status]}" if mark else open_text
