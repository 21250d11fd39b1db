"""What every report shows, in the order an editor reads it, whatever the format.

Conflicts come first, then the facts only one article gives, then the corroborated ones; the
sentence-level matches close the list (an appendix in the HTML/PDF, the last rows of the CSV).
Each fact is quoted in the sentence it stands in, with whom that sentence attributes it to.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from desktop.core.model import Finding, FindingKind, Report, Side
from desktop.core.persistence.persist import SavedComparison
from desktop.core.results.counts import reviewed_findings
from desktop.core.results.review import trim
from desktop.core.results.trust import is_to_check

# A quote longer than this (characters) is cut to the stretch around the fact, with "…" marking
# the cut: enough for a long news sentence (about 60 words), while a run-on paragraph that the
# sentence splitter could not divide still leaves page 1 for the other conflicts.
QUOTE_MAX_CHARS = 400
# Characters kept before the fact when a quote is cut: the subject of the clause usually fits.
QUOTE_LEAD_CHARS = 120


class Section(StrEnum):
    CONFLICTS = "conflicts"
    ONE_SIDED = "one_sided"
    AGREEMENTS = "agreements"
    SENTENCES = "sentences"


SECTION_TITLES = {
    Section.CONFLICTS: "Conflicts",
    Section.ONE_SIDED: "Facts only one article gives",
    Section.AGREEMENTS: "Corroborated facts",
    Section.SENTENCES: "Sentence matches",
}
_KIND_SECTION = {
    FindingKind.CONFLICT: Section.CONFLICTS,
    FindingKind.LEFT_ONLY: Section.ONE_SIDED,
    FindingKind.RIGHT_ONLY: Section.ONE_SIDED,
    FindingKind.AGREE: Section.AGREEMENTS,
}
_SECTION_ORDER = tuple(Section)
_KIND_ORDER = {
    FindingKind.CONFLICT: 0,
    FindingKind.LEFT_ONLY: 1,
    FindingKind.RIGHT_ONLY: 2,
    FindingKind.AGREE: 3,
}


def article_name(report: Report, side: Side) -> str:
    """What the reports call an article: its title, else its file's name, else the side."""
    doc = report.document(side).document
    return doc.title or Path(doc.source).name or side.value


def section_of(finding: Finding) -> Section:
    return Section.SENTENCES if finding.is_statement else _KIND_SECTION[finding.kind]


def _position(finding: Finding) -> tuple[int, int]:
    """Reading order: by the left article where the finding is there, else by the right."""
    if finding.left:
        return (0, min(s.start for s in finding.left))
    return (1, min((s.start for s in finding.right), default=0))


def ordered_findings(source: SavedComparison | Report) -> list[Finding]:
    """The reviewed findings (removed ones left out) in an editor's reading order: conflicts,
    one-sided (left, then right), agreements, then sentence matches; each group by place. The
    sure conflicts lead their section and those to check follow, as in the window's table."""
    return sorted(
        reviewed_findings(source),
        key=lambda f: (
            _SECTION_ORDER.index(section_of(f)),
            _KIND_ORDER[f.kind],
            is_to_check(f),
            _position(f),
            f.id,
        ),
    )


@dataclass(frozen=True, slots=True)
class Quote:
    """The sentence a fact stands in. ``marks`` are the fact's spans, relative to ``text``."""

    text: str
    marks: tuple[tuple[int, int], ...]
    attribution: str | None = None
    hedged: bool = False
    cut_before: bool = False  # text was cut: the reader sees "…" there
    cut_after: bool = False


def quote(report: Report, finding: Finding, side: Side) -> Quote | None:
    """The sentence around the finding's first span on ``side`` (None: the side lacks it)."""
    spans = finding.spans(side)
    if not spans:
        return None
    analysed = report.document(side)
    text = analysed.document.text
    first = min(spans, key=lambda s: s.start)
    sentence = next((s for s in analysed.sentences if s.start <= first.start < s.end), None)
    if sentence is not None:
        start, end = sentence.start, max(sentence.end, min(first.end, len(text)))
        attribution, hedged = sentence.attribution, sentence.hedged
    else:  # a report without sentences (another tool's JSON): the line the fact is on
        start = text.rfind("\n", 0, first.start) + 1
        end = text.find("\n", first.end)
        end = len(text) if end < 0 else end
        attribution, hedged = None, False
    start, end = trim(text, start, end)
    cut_before = cut_after = False
    if end - start > QUOTE_MAX_CHARS:
        window_start = max(start, first.start - QUOTE_LEAD_CHARS)
        window_end = min(end, window_start + QUOTE_MAX_CHARS)
        window_start, window_end = _at_words(text, window_start, window_end, start, end)
        cut_before, cut_after = window_start > start, window_end < end
        start, end = window_start, window_end
    marks = tuple(
        (max(s.start, start) - start, min(s.end, end) - start)
        for s in sorted(spans, key=lambda s: s.start)
        if s.start < end and s.end > start
    )
    return Quote(text[start:end], marks, attribution, hedged, cut_before, cut_after)


def _at_words(text: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """Move a cut outwards (not past ``lo``..``hi``) to a space, so no quote breaks a word."""
    while start > lo and not text[start - 1].isspace():
        start -= 1
    while end < hi and not text[end].isspace():
        end += 1
    return start, end
