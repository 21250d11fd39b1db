"""Who said what, as the Quotes tab and the panes show it: the report's quotes and quote findings
gathered into rows (one row per quote, or per pair of quotes the engine compared), grouped by
speaker, with the verdict in words and the words a misquote changed.

Pure functions over the report: no widget, so tests read the rows directly. The decisions stay the
core's: the verdict is the finding's kind, the speakers are compared with the core's own
``quote_speakers`` and the changed words come from the core's ``wording_changes``, the same calls
that made the verdict.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from desktop.core.model import (
    Finding,
    FindingKind,
    MentionType,
    Quote,
    Report,
    Side,
    Span,
    TextRange,
)
from desktop.core.quote_compare import (
    Sameness,
    WordChange,
    quote_speakers,
    quote_words,
    speaker_sameness,
    wording_changes,
)

NO_SPEAKER = "Speaker not named"
# A dropped word leaves no characters to mark: this caret stands where it was.
DROPPED_MARK = "‸"
PIECE_GAP = " … "  # between the pieces of a quote split by its attribution


@dataclass(frozen=True, slots=True)
class QuoteRow:
    """One line of the Quotes tab: the quote on each side (None: not in that article), the quote
    finding that compares them (None: the engine did not compare this quote) and its changes."""

    left: Quote | None
    right: Quote | None
    finding: Finding | None
    verdict: str
    changes: tuple[WordChange, ...] = ()

    @property
    def kind(self) -> FindingKind | None:
        return None if self.finding is None else self.finding.kind

    @property
    def shown_kind(self) -> FindingKind | None:
        """The verdict colour: the finding's kind, or "only" for a quote one article has."""
        if self.finding is None and (self.left is None) != (self.right is None):
            return FindingKind.only(Side.LEFT if self.left is not None else Side.RIGHT)
        return self.kind

    def quote(self, side: Side) -> Quote | None:
        return self.left if side is Side.LEFT else self.right

    def speaker(self) -> str | None:
        for quote in (self.left, self.right):
            if quote is not None and quote.speaker:
                return quote.speaker
        return None

    def position(self) -> tuple[int, int]:
        """Reading order: by the left article where the quote is there, else by the right."""
        if self.left is not None:
            return (self.left.start, 0)
        if self.right is not None:
            return (self.right.start, 1)
        if self.finding is not None:
            spans = self.finding.left or self.finding.right
            return (min(s.start for s in spans), 0 if self.finding.left else 1)
        return (0, 2)


@dataclass(frozen=True, slots=True)
class SpeakerGroup:
    speaker: str  # the fullest name the articles give, or NO_SPEAKER
    rows: tuple[QuoteRow, ...]

    @property
    def title(self) -> str:
        """ "Ivan Petrov · 3 quotes, 1 differs"."""
        n = len(self.rows)
        text = f"{self.speaker} · {n} quote{'s' if n != 1 else ''}"
        conflicts = sum(1 for r in self.rows if r.kind is FindingKind.CONFLICT)
        return f"{text}, {conflicts} in conflict" if conflicts else text


def quote_findings(report: Report) -> list[Finding]:
    return [f for f in report.findings if f.type is MentionType.QUOTE]


def _range(quote: Quote) -> TextRange:
    return TextRange(quote.start, quote.end)


def _overlap(quote: Quote, spans: Sequence[Span]) -> int:
    return sum(
        max(0, min(quote.end, s.end) - max(quote.start, s.start)) for s in spans if s.end > s.start
    )


def _quote_over(quotes: Sequence[Quote], spans: Sequence[Span]) -> Quote | None:
    """The quote the finding's spans cover most (None when they cover none)."""
    best = max(quotes, key=lambda q: _overlap(q, spans), default=None)
    return best if best is not None and _overlap(best, spans) > 0 else None


def verdict_of(finding: Finding | None, left: Quote | None, right: Quote | None) -> str:
    """The verdict in the journalist's words: same, differs, attributed differently, only in one."""
    if finding is None:
        # The engine makes no finding of a reported claim only one article has (its sentence
        # is already one-sided); the tab still says where the quote stands.
        if (left is None) != (right is None):
            return "Only left" if left is not None else "Only right"
        return "Not compared"
    if finding.kind is FindingKind.LEFT_ONLY:
        return "Only left"
    if finding.kind is FindingKind.RIGHT_ONLY:
        return "Only right"
    if finding.kind is FindingKind.CONFLICT:
        if (
            left is not None
            and right is not None
            and quote_speakers(left, right) is Sameness.DIFFERENT
        ):
            return "Attributed differently"
        return "Quote differs"
    reported = (left is not None and not left.direct) or (right is not None and not right.direct)
    same = "Same claim" if reported else "Same words"
    return same if finding.independent else f"{same}, same copy"


def quote_rows(report: Report) -> list[QuoteRow]:
    """Every quote finding with the quotes it compares, then the quotes no finding covers."""
    texts = {side: report.document(side).document.text for side in Side}
    by_side = {side: [q for q in report.quotes if q.side is side] for side in Side}
    rows: list[QuoteRow] = []
    used: set[tuple[Side, int, int]] = set()
    for finding in quote_findings(report):
        left = _quote_over(by_side[Side.LEFT], finding.left)
        right = _quote_over(by_side[Side.RIGHT], finding.right)
        for side, quote in ((Side.LEFT, left), (Side.RIGHT, right)):
            if quote is not None:
                used.add((side, quote.start, quote.end))
        changes: tuple[WordChange, ...] = ()
        verdict = verdict_of(finding, left, right)
        if verdict == "Quote differs" and left is not None and right is not None:
            changes = wording_changes(
                quote_words(left, texts[Side.LEFT]), quote_words(right, texts[Side.RIGHT])
            )
        rows.append(QuoteRow(left, right, finding, verdict, changes))
    for side in Side:
        for quote in by_side[side]:
            if (side, quote.start, quote.end) not in used:
                left_q, right_q = (quote, None) if side is Side.LEFT else (None, quote)
                rows.append(QuoteRow(left_q, right_q, None, verdict_of(None, left_q, right_q)))
    rows.sort(key=QuoteRow.position)
    return rows


def group_by_speaker(rows: Iterable[QuoteRow]) -> list[SpeakerGroup]:
    """Rows under their speaker, in order of the speaker's first quote; "Petrov" and "Ivan
    Petrov" are one speaker (the core's speaker comparison says so), named by the fuller form.
    Quotes nobody is named for come last."""
    named: list[tuple[str, list[QuoteRow]]] = []
    unnamed: list[QuoteRow] = []
    for row in rows:
        speaker = row.speaker()
        if speaker is None:
            unnamed.append(row)
            continue
        for index, (name, members) in enumerate(named):
            if speaker_sameness(name, speaker) is Sameness.SAME:
                members.append(row)
                if len(speaker) > len(name):
                    named[index] = (speaker, members)
                break
        else:
            named.append((speaker, [row]))
    groups = [SpeakerGroup(name, tuple(members)) for name, members in named]
    if unnamed:
        groups.append(SpeakerGroup(NO_SPEAKER, tuple(unnamed)))
    return groups


def speaker_label(quote: Quote) -> str:
    """The hover label of a quote in a pane: "Quoted: Ivan Petrov" or "Speaker not named"."""
    if not quote.speaker:
        return NO_SPEAKER
    how = "Quoted" if quote.direct else "Reported speech"
    guess = " (speaker inferred, not named at the quote)" if quote.inferred else ""
    return f"{how}: {quote.speaker}{guess}"


def quote_at(quotes: Sequence[Quote], offset: int) -> Quote | None:
    """The quote holding a character offset (the innermost when quotes nest)."""
    hits = [q for q in quotes if q.start <= offset < q.end]
    return min(hits, key=lambda q: q.end - q.start, default=None)


def quote_ranges(quote: Quote) -> tuple[TextRange, ...]:
    """The quoted words' stretches: the pieces of a split quote, else the whole quote."""
    return quote.pieces or (_range(quote),)


def changed_ranges(row: QuoteRow, side: Side) -> list[TextRange]:
    """The changed words of a misquote on one side (dropped words have no characters here)."""
    return [c.left if side is Side.LEFT else c.right for c in row.changes]


def quote_html(text: str, row: QuoteRow, side: Side, mark_style: str) -> str:
    """The quote on one side as HTML, its changed words wrapped in ``mark_style`` (and a caret
    where the other article has words this one lacks); "" when the article lacks the quote."""
    quote = row.quote(side)
    if quote is not None:
        pieces: Sequence[TextRange] = quote_ranges(quote)
    elif row.finding is not None and row.finding.spans(side):
        pieces = [s.range for s in sorted(row.finding.spans(side), key=lambda s: s.start)]
    else:
        return ""
    marks = sorted(changed_ranges(row, side), key=lambda r: (r.start, r.end))
    out: list[str] = []
    for piece in pieces:
        at = piece.start
        parts: list[str] = []
        for mark in marks:
            if not (piece.start <= mark.start <= piece.end) or mark.start < at:
                continue
            parts.append(html.escape(text[at : mark.start]))
            body = (
                html.escape(text[mark.start : mark.end]) if mark.end > mark.start else DROPPED_MARK
            )
            parts.append(f"<span style='{mark_style}'>{body}</span>")
            at = max(at, mark.end)
        parts.append(html.escape(text[at : piece.end]))
        out.append(" ".join("".join(parts).split()))
    # The comma before "he said" is the article's punctuation around the quote, not its words.
    return "“" + PIECE_GAP.join(out).rstrip(" ,") + "”"


def speaker_note(row: QuoteRow, side: Side, group: str) -> str:
    """Who this side names, when it is not the group's speaker (a misattribution, a guess)."""
    quote = row.quote(side)
    if quote is None:
        return ""
    if not quote.speaker:
        return NO_SPEAKER if group != NO_SPEAKER else ""
    if speaker_sameness(quote.speaker, group) is Sameness.SAME and not quote.inferred:
        return ""
    return f"— {quote.speaker}" + (" (inferred)" if quote.inferred else "")


def quotes_summary(groups: Sequence[SpeakerGroup]) -> str:
    """The line above the list: "5 quotes from 3 speakers · 1 quote differs · 1 attributed
    differently · 2 only in one article"."""
    rows = [r for g in groups for r in g.rows]
    speakers = sum(1 for g in groups if g.speaker != NO_SPEAKER)
    n = len(rows)
    parts = [
        f"{n} quote{'s' if n != 1 else ''} from {speakers} named speaker{'s' if speakers != 1 else ''}"
    ]
    for verdict, words in (
        ("Quote differs", "{n} quote{s} differ{v}"),
        ("Attributed differently", "{n} attributed differently"),
    ):
        k = sum(1 for r in rows if r.verdict == verdict)
        if k:
            parts.append(words.format(n=k, s="s" if k != 1 else "", v="" if k != 1 else "s"))
    one_sided = sum(1 for r in rows if r.verdict in ("Only left", "Only right"))
    if one_sided:
        parts.append(f"{one_sided} only in one article")
    copies = sum(1 for r in rows if r.verdict.endswith("same copy"))
    if copies:
        parts.append(f"{copies} from the same agency copy")
    return " · ".join(parts)
