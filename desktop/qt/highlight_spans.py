"""What to paint where: report findings as per-side highlight records (Qt-free).

``highlights_for`` and ``finding_at`` are pure, so they can run in the worker that ran the engine
(``desktop.qt.prepared``) and be tested without a widget; ``desktop.qt.highlight`` paints them.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from desktop.core.model import FindingKind, MentionType, Report, ReviewStatus, Side
from desktop.core.results.trust import is_to_check


@dataclass(frozen=True, slots=True)
class Highlight:
    start: int
    end: int
    kind: FindingKind
    type: MentionType
    finding_id: str
    status: ReviewStatus = ReviewStatus.OPEN
    to_check: bool = False  # a conflict the engine is less sure of: drawn apart from a sure one

    @property
    def statement(self) -> bool:
        return self.type is MentionType.STATEMENT


SENTENCE_WORDS = 4  # a statement span this long reads as a sentence; shorter ones are details


def is_sentence_like(text: str) -> bool:
    """Statement findings hold whole sentences or single details ("issued", "unfortunate");
    tinting every such word would drown the entities, so only sentences get the tint."""
    return len(text.split()) >= SENTENCE_WORDS


def highlights_for(report: Report, side: Side) -> list[Highlight]:
    """Every span the report marks on one side, sorted by position (sentences first on ties)."""
    length = len(report.document(side).document.text)
    out = [
        Highlight(
            max(0, span.start),
            min(length, span.end),
            finding.kind,
            finding.type,
            finding.id,
            finding.status,
            is_to_check(finding),
        )
        for finding in report.findings
        for span in finding.spans(side)
        if span.end > span.start
    ]
    out.sort(key=lambda h: (h.start, not h.statement, -h.end))
    return out


def finding_at(highlights: Sequence[Highlight], offset: int) -> Highlight | None:
    """The highlight under a character offset: an entity-level one wins over its sentence tint,
    and among entities the shortest (most specific) wins."""
    # highlights are sorted by start, so only those starting at or before offset can contain it.
    upto = bisect_right([h.start for h in highlights], offset)
    hits = [h for h in highlights[:upto] if h.start <= offset < h.end]
    if not hits:
        return None
    return min(hits, key=lambda h: (h.statement, h.end - h.start))
