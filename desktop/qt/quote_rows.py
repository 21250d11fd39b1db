"""Who said what, as the Quotes tab and the panes show it: the core's quote table (quotes paired
by their findings, grouped by speaker, the same rows the exports list) with each verdict in the
journalist's words and the words a misquote changed.

Pure functions over the report: no widget, so tests read the rows directly. The decisions stay the
core's: the rows and their order come from ``desktop.core.quoting.quote_table``, a misattribution is
told from a misquote by the core's own ``quote_speakers``, and the changed words are the core's
``quote_changes``, the same comparison that made the verdict.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from desktop.core.model import Finding, FindingKind, Quote, Report, Side, TextRange
from desktop.core.quoting import quote_table
from desktop.core.quoting.quote_compare import (
    Sameness,
    WordChange,
    quote_speakers,
    speaker_sameness,
)

NO_SPEAKER = quote_table.UNKNOWN_SPEAKER
# A dropped word leaves no characters to mark: this caret stands where it was.
DROPPED_MARK = "‸"
PIECE_GAP = " … "  # between the pieces of a quote split by its attribution


@dataclass(frozen=True, slots=True)
class QuoteRow:
    """One line of the Quotes tab: the quote on each side (None: not in that article), the quote
    finding that compares them (None: reported speech only one article has, which the engine
    leaves to its sentence's finding), the verdict in words and a misquote's changed words."""

    speaker: str  # the core's: the fuller of the two sides' speakers, or NO_SPEAKER
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


@dataclass(frozen=True, slots=True)
class SpeakerGroup:
    speaker: str  # the fullest name the articles give, or NO_SPEAKER
    rows: tuple[QuoteRow, ...]

    @property
    def title(self) -> str:
        """ "Ivan Petrov · 3 quotes, 1 in conflict"."""
        n = len(self.rows)
        text = f"{self.speaker} · {n} quote{'s' if n != 1 else ''}"
        conflicts = sum(1 for r in self.rows if r.kind is FindingKind.CONFLICT)
        return f"{text}, {conflicts} in conflict" if conflicts else text


# One line's text without the white space around it.
_LINE = re.compile(r"\S(?:[^\n]*\S)?")


def line_ranges(text: str, start: int, end: int) -> list[TextRange]:
    """``text[start:end]`` line by line, without the white space around each line: a wash over a
    paragraph break would paint a stray block on the blank line between the paragraphs."""
    return [TextRange(m.start(), m.end()) for m in _LINE.finditer(text, start, min(end, len(text)))]


def _range(quote: Quote) -> TextRange:
    return TextRange(quote.start, quote.end)


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


# A direct quote both articles give with a tense, a filler or a figure's spelling changed.
RETOLD = "Told a little differently"


def quote_rows(report: Report) -> list[QuoteRow]:
    """The core's quote table, in its order, with verdict words and a misquote's changes."""
    rows = []
    for row in quote_table.quote_rows(report):
        verdict = verdict_of(row.finding, row.left, row.right)
        changes: tuple[WordChange, ...] = ()
        if verdict.startswith(("Quote differs", "Same words")) and row.finding is not None:
            changes = quote_table.quote_changes(report, row.finding)
        if verdict.startswith("Same words") and changes:
            # The engine's "told a little differently": one utterance, words marked, no misquote.
            verdict = verdict.replace("Same words", RETOLD, 1)
        rows.append(QuoteRow(row.speaker, row.left, row.right, row.finding, verdict, changes))
    return rows


def _group_key(speaker: str) -> str:
    return "" if speaker == NO_SPEAKER else quote_table.speaker_key(speaker)


def group_by_speaker(rows: Iterable[QuoteRow]) -> list[SpeakerGroup]:
    """Rows under their speaker, as the core orders them (speakers by first quote, the unnamed
    last); "Petrov" and "Ivan Petrov" are one speaker, named by the fuller form."""
    groups: list[tuple[str, list[QuoteRow]]] = []
    keys: dict[str, int] = {}
    for row in rows:
        key = _group_key(row.speaker)
        if key not in keys:
            keys[key] = len(groups)
            groups.append((row.speaker, []))
        name, members = groups[keys[key]]
        members.append(row)
        if len(row.speaker) > len(name) and key:
            groups[keys[key]] = (row.speaker, members)
    return [SpeakerGroup(name, tuple(members)) for name, members in groups]


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
    same = speaker_sameness(quote.speaker, group) is Sameness.SAME
    if same and not quote.inferred and not names_beyond(quote.speaker, group):
        return ""
    return f"— {quote.speaker}" + (" (inferred)" if quote.inferred else "")


_WORD = re.compile(r"[\w'’-]+")
_ARTICLES = frozenset({"the", "a", "an"})


def _bare(word: str) -> str:
    return word.lower().removesuffix("'s").removesuffix("’s")


def names_beyond(speaker: str, group: str) -> bool:
    """Whether ``speaker`` names something the group's title does not: a capitalised word of its
    own ("The Russian Defense Ministry" listed under "Azerbaijan's Defense Ministry", which share
    only the head word). The article's own words for the speaker then show under the quote, so
    the title never speaks for a source the article did not name."""
    titled = {_bare(w) for w in _WORD.findall(group)}
    return any(
        w[:1].isupper() and _bare(w) not in titled and w.lower() not in _ARTICLES
        for w in _WORD.findall(speaker)
    )


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
        (RETOLD, "{n} told a little differently"),
    ):
        k = sum(1 for r in rows if r.verdict.startswith(verdict))
        if k:
            parts.append(words.format(n=k, s="s" if k != 1 else "", v="" if k != 1 else "s"))
    one_sided = sum(1 for r in rows if r.verdict in ("Only left", "Only right"))
    if one_sided:
        parts.append(f"{one_sided} only in one article")
    copies = sum(1 for r in rows if r.verdict.endswith("same copy"))
    if copies:
        parts.append(f"{copies} from the same agency copy")
    return " · ".join(parts)
