"""The quotes of a comparison by speaker, side by side: what the Quotes tab and the exports list.

Each row pairs a left and a right quote (or holds one quote only one article has) with its
finding of type ``quote``, when there is one: reported speech only one article carries has no
finding of its own (its sentence has one) but is listed all the same. Rows are grouped by speaker,
the speakers in the order the articles first quote them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from desktop.core.model import (
    Finding,
    FindingKind,
    MentionType,
    Quote,
    Report,
    Side,
    TextRange,
)
from desktop.core.persistence.persist import SavedComparison
from desktop.core.quoting.quote_compare import WordChange, wording_changes
from desktop.core.quoting.quote_speakers import institution_key
from desktop.core.quoting.quote_words import quote_words
from desktop.core.results.counts import reviewed_findings

UNKNOWN_SPEAKER = "Speaker not named"


@dataclass(frozen=True, slots=True)
class QuoteRow:
    speaker: str  # as the article writes it (the longer of the two sides), or UNKNOWN_SPEAKER
    left: Quote | None
    right: Quote | None
    finding: Finding | None  # the quote finding; None for a quote only one side has that
    # has no finding of its own (see ``note``)
    note: str = ""  # why a quote only one side has carries no finding

    @property
    def verdict(self) -> FindingKind:
        if self.finding is not None:
            return self.finding.kind
        return FindingKind.LEFT_ONLY if self.right is None else FindingKind.RIGHT_ONLY

    def quote(self, side: Side) -> Quote | None:
        return self.left if side is Side.LEFT else self.right


def quote_rows(source: SavedComparison | Report) -> list[QuoteRow]:
    """Every quote of both articles, paired by their findings and grouped by speaker."""
    report = source.report if isinstance(source, SavedComparison) else source
    by_start = {(q.side, _first(q)): q for q in report.quotes}
    rows: list[QuoteRow] = []
    used: set[tuple[Side | None, int]] = set()
    for f in reviewed_findings(source):
        if f.type is not MentionType.QUOTE:
            continue
        left = by_start.get((Side.LEFT, f.left[0].start)) if f.left else None
        right = by_start.get((Side.RIGHT, f.right[0].start)) if f.right else None
        if left is None and right is None:
            continue
        used.update((q.side, _first(q)) for q in (left, right) if q is not None)
        rows.append(QuoteRow(_speaker(left, right), left, right, f))
    told = [f for f in reviewed_findings(source) if f.is_statement and f.kind is FindingKind.AGREE]
    for key, q in by_start.items():
        if key not in used:
            left, right = (q, None) if q.side is Side.LEFT else (None, q)
            rows.append(QuoteRow(_speaker(left, right), left, right, None, _note(q, told)))
    return _grouped(rows)


def _note(quote: Quote, told: Sequence[Finding]) -> str:
    assert quote.side is not None
    other = quote.side.other.value
    if any(
        s.range.overlaps(p)
        for f in told
        for s in f.spans(quote.side)
        for p in quote.pieces or (TextRange(quote.start, quote.end),)
    ):
        return f"The {other} article tells this in its own words, without quoting it."
    if not quote.direct:
        return f"Reported speech; the {other} article does not report it."
    return ""


def _first(q: Quote) -> int:
    return q.pieces[0].start if q.pieces else q.start


def _speaker(left: Quote | None, right: Quote | None) -> str:
    names = [q.speaker for q in (left, right) if q is not None and q.speaker]
    return max(names, key=len) if names else UNKNOWN_SPEAKER


def speaker_key(speaker: str) -> str:
    """One key for the ways articles name one speaker: the last word of the person's own words,
    before any "of/for/at ..." ("Councillor Peter Vance" and "Vance"; "a spokesman for the fire
    service" and "the spokesman")."""
    own = re.split(r"\s+(?:of|for|at|from|with)\s+", speaker, maxsplit=1)[0]
    words = re.findall(r"[\w'’-]+", own)
    if not words:
        return speaker.lower()
    # An institution by its whole name: the Russian and the Azerbaijani defence ministries are
    # two speakers ("Russian" and "Russia's" one).
    return institution_key(speaker) or words[-1].lower().removesuffix("'s").removesuffix("’s")


def _grouped(rows: Sequence[QuoteRow]) -> list[QuoteRow]:
    def position(row: QuoteRow) -> tuple[int, int]:
        quote = row.left or row.right
        assert quote is not None
        return (0 if row.left else 1, _first(quote))

    ordered = sorted(rows, key=position)
    first_seen: dict[str, int] = {}
    names: dict[str, str] = {}  # the fullest way the articles name each group's speaker
    for index, row in enumerate(ordered):
        first_seen.setdefault(_group(row), index)
        names[_group(row)] = max(names.get(_group(row), ""), row.speaker, key=len)
    ordered = [replace(r, speaker=names[_group(r)]) for r in ordered]
    # Unnamed speakers come last: a reader looks for people by name.
    return sorted(
        ordered,
        key=lambda r: (r.speaker == UNKNOWN_SPEAKER, first_seen[_group(r)], position(r)),
    )


def _group(row: QuoteRow) -> str:
    return "" if row.speaker == UNKNOWN_SPEAKER else speaker_key(row.speaker)


def quote_changes(report: Report, finding: Finding) -> tuple[WordChange, ...]:
    """The changed words of a misquote finding, for a view that marks them in both wordings."""
    if finding.type is not MentionType.QUOTE or not finding.left or not finding.right:
        return ()
    left = _quote_at(report, Side.LEFT, finding.left[0].start)
    right = _quote_at(report, Side.RIGHT, finding.right[0].start)
    if left is None or right is None:
        return ()
    return wording_changes(
        quote_words(left, report.left.document.text), quote_words(right, report.right.document.text)
    )


def _quote_at(report: Report, side: Side, start: int) -> Quote | None:
    return next((q for q in report.quotes if q.side is side and q.start == start), None)
