"""What a quote finding speaks for: the sentences holding each quote (its frame), and which of the
engine's findings fold into it (a changed word inside a quote is one misquote, not also a changed
sentence and a one-sided name; a quote only one article has carries the facts of its speaker's
report)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from desktop.core.extraction.parse_cache import token_rows
from desktop.core.model import Finding, FindingKind, MentionType, Side, Span, TextRange
from desktop.core.quoting.quote_compare import QuoteVerdict
from desktop.core.quoting.quotes import SPEECH_VERBS

_WORD = re.compile(r"\w")


@dataclass(frozen=True, slots=True)
class Frame:
    """The sentences holding one quote, and whether they hold nothing but the quote and its
    attribution: outside the quotation marks, no verb but a verb of speech and the verbs hanging on
    it ("said X, head of the county's rescue service, asking not to be named" frames a quote;
    "police found seven rifles" tells something else)."""

    sentences: tuple[TextRange, ...]
    only_attribution: bool
    # Whether every sentence is the speaker's report as a whole: outside the quotation marks it
    # hangs on a verb of speech ("The Red Sox said last week that they "are not going to be a
    # factor" in signing the 28-year-old") or on "according to". What the rest of such a sentence
    # says is what the speaker said, so a quote only one article has carries those facts too.
    reported: bool = False


def quote_frame(
    pieces: Sequence[TextRange], sentences: Sequence[Any], starts: Sequence[int]
) -> Frame:
    """The frame of a quote in these pieces, among a parsed document's sentences (by start)."""
    first = max(0, bisect_right(starts, pieces[0].start) - 1)
    last = max(first, bisect_left(starts, pieces[-1].end) - 1)
    holding = sentences[first : last + 1]
    # The verbs read from the parse's lists: only they become Token objects.
    rows = token_rows(holding[0].doc) if holding else None
    outside = [
        sent.doc[i]
        for sent in holding
        for i in range(sent.start, sent.end)
        if rows is not None
        and rows.pos[i] == "VERB"
        and not any(p.contains(rows.idx[i]) for p in pieces)
    ]
    return Frame(
        tuple(TextRange(sent.start_char, sent.end_char) for sent in holding),
        all(_attributes(v) for v in outside),
        all(_reported_sentence(sent, pieces) for sent in holding),
    )


def _reported_sentence(sent: Any, pieces: Sequence[TextRange]) -> bool:
    """A sentence wholly inside the quote, or one whose root, outside the quotation marks, is a
    verb of speech or that rests on "according to": all it says, it says on the speaker's word."""
    if all(any(p.contains(tok.idx) for p in pieces) for tok in sent if not tok.is_punct):
        return True
    root = sent.root
    if any(p.contains(root.idx) for p in pieces):
        return False
    if root.lemma_.lower() in SPEECH_VERBS and root.pos_ == "VERB":
        return True
    return any(
        tok.lower_ == "according" and tok.head.i == root.i and tok.nbor().lower_ == "to"
        for tok in sent
        if tok.i + 1 < sent.end
    )


def _attributes(verb: Any) -> bool:
    """A verb of speech, or a verb hanging on one ("told reporters, requesting anonymity")."""
    return verb.lemma_.lower() in SPEECH_VERBS or (
        verb.head.i != verb.i and verb.head.lemma_.lower() in SPEECH_VERBS
    )


@dataclass(frozen=True, slots=True)
class Zone:
    """Per side, the text a quote finding speaks for. ``facts``: the quoted words and the speaker,
    and the whole sentences when they hold nothing but the quote and its attribution.
    ``sentences``: the sentences holding the quote, whatever else they say: a sentence mark over
    them would tell the reader again what the quote finding tells (the names and figures outside
    the quote keep their own marks)."""

    facts: dict[Side, list[TextRange]]
    sentences: dict[Side, list[TextRange]]
    # A quote only one article has, in sentences that are wholly its speaker's report: those
    # sentences, whose one-sided facts the quote finding carries and names.
    report: dict[Side, list[TextRange]] = field(default_factory=dict)
    # Sides whose sentences say more than the quote and its attribution, and not on the speaker's
    # word ("Page went through "some mental instability" and was eventually diagnosed as a
    # paranoid schizophrenic"): the quote finding does not tell the rest of them.
    more: frozenset[Side] = frozenset()


def quote_zone(
    v: QuoteVerdict, texts: dict[Side, str], frames: dict[tuple[Side, int], Frame]
) -> Zone:
    zone = Zone({Side.LEFT: [], Side.RIGHT: []}, {Side.LEFT: [], Side.RIGHT: []})
    for side, quote in ((Side.LEFT, v.left), (Side.RIGHT, v.right)):
        if quote is None:
            continue
        own = list(quote.pieces or (TextRange(quote.start, quote.end),))
        # An inferred speaker points at an earlier mention of the name, which is not this quote's.
        if quote.speaker_start is not None and quote.speaker_end is not None and not quote.inferred:
            own.append(TextRange(quote.speaker_start, quote.speaker_end))
        frame = frames.get((side, quote.start), Frame((), False))
        around = list(frame.sentences)
        zone.facts[side] = merge_ranges(
            own + around if frame.only_attribution else own, texts[side]
        )
        zone.sentences[side] = merge_ranges(own + around, texts[side])
        if frame.reported and v.kind is not FindingKind.CONFLICT:
            zone.report[side] = zone.sentences[side]
        if not frame.only_attribution and not frame.reported and frame.sentences:
            zone = replace(zone, more=zone.more | {side})
    return zone


def uncovered(
    findings: Sequence[Finding], zones: Sequence[Zone], texts: dict[Side, str]
) -> tuple[list[Finding], dict[int, list[Finding]]]:
    """The findings no quote finding speaks for, and by zone the one-sided facts of a speaker's
    report that its quote finding carries and names. Zones are looked up by where a finding's
    first span starts, so a long article's thousands of findings are not each tried on every
    quote."""
    index = {side: ZoneIndex(zones, side) for side in Side}
    kept = []
    carried: dict[int, list[Finding]] = {}
    for f in findings:
        side = Side.LEFT if f.left else Side.RIGHT
        spans = f.spans(side)
        near = index[side].around(spans[0].start) if spans else []
        covering = [k for k in near if _covered(f, zones[k], texts)]
        if covering:
            # The rest of a sentence that says more than its quote joins the quote finding:
            # one missing passage, one thing to review.
            rest = beyond_quotes(f, [zones[k] for k in covering], texts)
            if rest is not None:
                carried.setdefault(covering[0], []).append(rest)
            continue
        bearer = next((k for k in near if _carried(f, zones[k], texts)), None)
        if bearer is None:
            kept.append(f)
        else:
            carried.setdefault(bearer, []).append(f)
    return kept, carried


class ZoneIndex:
    """The zones of one side by the ranges their sentences cover, for look-up by offset."""

    def __init__(self, zones: Sequence[Zone], side: Side) -> None:
        ranges = sorted(
            (r.start, r.end, k) for k, zone in enumerate(zones) for r in zone.sentences[side]
        )
        self._starts = [r[0] for r in ranges]
        self._ranges = ranges
        self._reach: list[int] = []  # the furthest end of any range up to this one
        for _, end, _ in ranges:
            self._reach.append(max(end, self._reach[-1] if self._reach else 0))

    def around(self, offset: int) -> list[int]:
        """The zones with a range that holds ``offset`` (or ends right at it)."""
        found = []
        i = bisect_right(self._starts, offset) - 1
        while i >= 0 and self._reach[i] >= offset:
            start, end, k = self._ranges[i]
            if start <= offset <= end:
                found.append(k)
            i -= 1
        return found


def _covered(f: Finding, zone: Zone, texts: dict[Side, str]) -> bool:
    """A finding other than an agreement whose every span lies inside a quote finding's zone."""
    if f.kind is FindingKind.AGREE or f.type is MentionType.QUOTE or not (f.left or f.right):
        return False
    ranges = zone.sentences if f.is_statement else zone.facts
    return all(
        inside(span, ranges[side], texts[side])
        for side in (Side.LEFT, Side.RIGHT)
        for span in f.spans(side)
    )


def beyond_quotes(f: Finding, zones: Sequence[Zone], texts: dict[Side, str]) -> Finding | None:
    """A sentence only one article tells, less the quotes in it, when it says more than they and
    their attribution: the rest is an untold fact the quote finding must show as well. None when
    the quote tells all of it."""
    if f.kind not in (FindingKind.LEFT_ONLY, FindingKind.RIGHT_ONLY) or not f.is_statement:
        return None
    side = Side.LEFT if f.kind is FindingKind.LEFT_ONLY else Side.RIGHT
    if any(side not in zone.more for zone in zones):
        return None
    text = texts[side]
    quoted = merge_ranges([r for zone in zones for r in zone.facts[side]], text)
    rest: list[Span] = []
    for span in f.spans(side):
        at = span.start
        cuts = [r for r in quoted if r.end > span.start and r.start < span.end]
        for r in [*cuts, TextRange(span.end, span.end)]:
            piece = _core(text, TextRange(at, max(at, min(r.start, span.end))))
            if _WORD.search(text, piece.start, piece.end):
                rest.append(Span(piece.start, piece.end, text[piece.start : piece.end]))
            at = max(at, r.end)
    if not rest:
        return None
    return replace(f, left=tuple(rest)) if side is Side.LEFT else replace(f, right=tuple(rest))


def _carried(f: Finding, zone: Zone, texts: dict[Side, str]) -> bool:
    """A name, figure or date only one article gives, told wholly inside the speaker's report
    that holds a quote only that article has: the same missing report, one thing to review."""
    if f.kind not in (FindingKind.LEFT_ONLY, FindingKind.RIGHT_ONLY) or f.is_statement:
        return False
    if f.type is MentionType.QUOTE:
        return False
    side = Side.LEFT if f.kind is FindingKind.LEFT_ONLY else Side.RIGHT
    ranges = zone.report.get(side, [])
    return bool(ranges) and all(inside(s, ranges, texts[side]) for s in f.spans(side))


def inside(span: Span, ranges: Sequence[TextRange], text: str) -> bool:
    """Whether the span's words lie in one of ``ranges`` (punctuation at its edges aside)."""
    core = _core(text, TextRange(span.start, span.end))
    return any(r.start <= core.start and core.end <= r.end for r in ranges)


def _core(text: str, r: TextRange) -> TextRange:
    """``r`` without the non-word characters at its edges (quotation marks, a full stop)."""
    start, end = r.start, r.end
    while start < end and not _WORD.match(text[start]):
        start += 1
    while end > start and not _WORD.match(text[end - 1]):
        end -= 1
    return TextRange(start, end)


def merge_ranges(ranges: Sequence[TextRange], text: str) -> list[TextRange]:
    """Ranges joined where they overlap or only punctuation and spaces lie between them."""
    merged: list[TextRange] = []
    for r in sorted(ranges, key=lambda r: r.start):
        if merged and not _WORD.search(text, merged[-1].end, max(merged[-1].end, r.start)):
            merged[-1] = TextRange(merged[-1].start, max(merged[-1].end, r.end))
        else:
            merged.append(r)
    return merged
