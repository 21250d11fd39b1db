"""Who said what, and is it independent: the quotes and shared copy of one comparison (issue 12).

The engine calls three functions in turn. ``read_quotes`` takes each side's quotes from the parse
(before the spaCy docs are freed). ``add_sourcing`` compares the quotes into findings of type
``quote``, folds into them the findings the rest of the engine made of the same words (a changed
word inside a quote is one misquote, not also a changed sentence and a one-sided name), finds the
passages both articles print and marks the agreements inside them as not independent.
``sourced_summary`` puts the shared share into the summary and its verdict line.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from desktop.core.counts import shared_copy_clause, shorter_side
from desktop.core.findings import tuning
from desktop.core.findings.assembly import order, with_ids
from desktop.core.model import (
    Document,
    Finding,
    FindingKind,
    MentionType,
    NoticeCode,
    Quote,
    SharedPassage,
    Side,
    Span,
    Summary,
    TextRange,
)
from desktop.core.quote_compare import (
    QuoteIssue,
    QuoteVerdict,
    WordChange,
    compare_quotes,
    quote_words,
    wording_changes,
)
from desktop.core.quotes import SPEECH_VERBS, extract_quotes
from desktop.core.shared_copy import shared_copy
from desktop.core.values import parse_date, parse_number

# How many changed stretches a misquote's reason names before it just counts the rest.
MAX_CHANGES_NAMED = 3

# How sure each kind of quote verdict is: a changed word between two wordings of one quote is
# read straight off the text; a swapped speaker rests on the parse finding both speakers; a quote
# missing from the other article may be there in other words.
_CONFIDENCE = {
    QuoteIssue.WORDING: 0.9,
    QuoteIssue.SPEAKER: 0.85,
    FindingKind.AGREE: 0.9,
    FindingKind.LEFT_ONLY: 0.7,
}
_WORD = re.compile(r"\w")


@dataclass(frozen=True, slots=True)
class Sourcing:
    """What ``add_sourcing`` found besides findings: for the report and its summary."""

    quotes: tuple[Quote, ...]
    passages: tuple[SharedPassage, ...]
    shared_copy: float


@dataclass(frozen=True, slots=True)
class Frame:
    """The sentences holding one quote, and whether they hold nothing but the quote and its
    attribution: outside the quotation marks, no verb but a verb of speech and the verbs hanging on
    it ("said X, head of the county's rescue service, asking not to be named" frames a quote;
    "police found seven rifles" tells something else)."""

    sentences: tuple[TextRange, ...]
    only_attribution: bool


@dataclass(frozen=True, slots=True)
class QuoteReading:
    """Both sides' quotes (left first) and each one's frame, keyed by side and start."""

    quotes: tuple[Quote, ...]
    frames: dict[tuple[Side, int], Frame]


def read_quotes(spacy_docs: Sequence[Any], documents: Sequence[Document]) -> QuoteReading:
    """Both sides' quotes, read from the parse. spaCy reads a normalised view of the text (same
    length, straightened apostrophes, truecased capitals), so quote and speaker words are taken
    from the text the user sees."""
    quotes: list[Quote] = []
    frames: dict[tuple[Side, int], Frame] = {}
    for side, doc, document in zip((Side.LEFT, Side.RIGHT), spacy_docs, documents, strict=True):
        text = document.text
        sentences = list(doc.sents)
        starts = [sent.start_char for sent in sentences]
        for q in extract_quotes(doc, side):
            pieces = q.pieces or (TextRange(q.start, q.end),)
            speaker = q.speaker
            if q.speaker_start is not None and q.speaker_end is not None:
                speaker = text[q.speaker_start : q.speaker_end]
            quotes.append(
                replace(q, text=" ".join(text[p.start : p.end] for p in pieces), speaker=speaker)
            )
            frames[(side, q.start)] = _frame(pieces, sentences, starts)
    return QuoteReading(tuple(quotes), frames)


def _frame(pieces: Sequence[TextRange], sentences: Sequence[Any], starts: Sequence[int]) -> Frame:
    first = max(0, bisect_right(starts, pieces[0].start) - 1)
    last = max(first, bisect_left(starts, pieces[-1].end) - 1)
    holding = sentences[first : last + 1]
    outside = [
        tok
        for sent in holding
        for tok in sent
        if tok.pos_ == "VERB" and not any(p.contains(tok.idx) for p in pieces)
    ]
    return Frame(
        tuple(TextRange(sent.start_char, sent.end_char) for sent in holding),
        all(_attributes(v) for v in outside),
    )


def _attributes(verb: Any) -> bool:
    """A verb of speech, or a verb hanging on one ("told reporters, requesting anonymity")."""
    return verb.lemma_.lower() in SPEECH_VERBS or (
        verb.head is not verb and verb.head.lemma_.lower() in SPEECH_VERBS
    )


def add_sourcing(
    left: Document, right: Document, reading: QuoteReading, findings: Sequence[Finding]
) -> tuple[list[Finding], Sourcing]:
    """The engine's findings with quote findings added (and what they cover folded into them),
    and the agreements inside shared passages marked not independent."""
    texts = {Side.LEFT: left.text, Side.RIGHT: right.text}
    quotes = reading.quotes
    left_quotes = [q for q in quotes if q.side is Side.LEFT]
    right_quotes = [q for q in quotes if q.side is Side.RIGHT]
    verdicts = compare_quotes(left_quotes, right_quotes, left.text, right.text)
    told = _told_by_both(findings, texts)
    verdicts = [v for v in verdicts if _worth_a_finding(v, told, texts)]
    quote_findings = [_finding(v, texts) for v in verdicts]
    zones = [_zone(v, texts, reading.frames) for v in verdicts if v.kind is not FindingKind.AGREE]
    kept = _uncovered(findings, zones, texts)
    passages, share = shared_copy(left.text, right.text)
    shared = {
        Side.LEFT: _merge([p.left for p in passages], left.text),
        Side.RIGHT: _merge([p.right for p in passages], right.text),
    }
    # The engine's findings keep their ids (saved reviews refer to them); a quote finding's id
    # hashes its type too, so it never takes one of theirs.
    combined = [_with_independence(f, shared, texts) for f in [*kept, *with_ids(quote_findings)]]
    combined.sort(key=order)
    sourcing = Sourcing(
        quotes=tuple(quotes),
        passages=tuple(passages),
        shared_copy=share,
    )
    return combined, sourcing


def _worth_a_finding(
    v: QuoteVerdict, told: dict[Side, list[TextRange]], texts: dict[Side, str]
) -> bool:
    """Every pair of quotes is; a quote only one article prints is when it is a direct quote
    (reported speech only one article makes is a sentence only it tells, and has that finding)
    whose sentence the other article does not tell in its own words: then the quoted words are
    missing there, not what they say, and a one-sided mark would deny a corroborated fact."""
    if v.left is not None and v.right is not None:
        return (v.left.direct and v.right.direct) or not _values_differ(v, texts)
    quote = v.left or v.right
    if quote is None or not quote.direct or quote.side is None:
        return False
    return not any(_inside_range(p, told[quote.side]) for p in _pieces(quote))


def _values_differ(v: QuoteVerdict, texts: dict[Side, str]) -> bool:
    """Whether a pair with reported speech words a figure or a day differently ("3 were shot" /
    "four were shot"): not "the same" report; the engine's facts judge the figures. Pronouns and
    tenses differ in any reported speech ("we have" / "she had") and are no difference."""
    assert v.left is not None and v.right is not None
    changes = wording_changes(
        quote_words(v.left, texts[Side.LEFT]), quote_words(v.right, texts[Side.RIGHT])
    )
    for c in changes:
        for side, r in ((Side.LEFT, c.left), (Side.RIGHT, c.right)):
            words = texts[side][r.start : r.end]
            if words and (parse_number(words) is not None or parse_date(words) is not None):
                return True
    return False


def _told_by_both(
    findings: Sequence[Finding], texts: dict[Side, str]
) -> dict[Side, list[TextRange]]:
    """Per side, the sentences the other article tells in its own words (merged, in text order):
    those the engine pairs with a sentence of the other side for which they are the best match.
    A sentence there already matched better elsewhere (its own twin) vouches for nothing more."""
    agreed = [f for f in findings if f.is_statement and f.kind is FindingKind.AGREE]
    best: dict[tuple[Side, int, int], float] = {}
    for f in agreed:
        for side in Side:
            for span in f.spans(side):
                key = (side, span.start, span.end)
                best[key] = max(best.get(key, 0.0), f.confidence)
    told: dict[Side, list[TextRange]] = {Side.LEFT: [], Side.RIGHT: []}
    for f in agreed:
        for side in Side:
            partners = f.spans(side.other)
            if partners and all(
                f.confidence >= best[(side.other, p.start, p.end)] for p in partners
            ):
                told[side] += [span.range for span in f.spans(side)]
    return {side: _merge(ranges, texts[side]) for side, ranges in told.items()}


def _inside_range(r: TextRange, ranges: Sequence[TextRange]) -> bool:
    """Whether ``r`` lies inside one of ``ranges`` (sorted, not overlapping each other): a
    sentence, not a few shared words ("Related sentences share ...") inside it."""
    k = bisect_right([x.start for x in ranges], r.start) - 1
    return k >= 0 and r.end <= ranges[k].end


def _pieces(quote: Quote) -> tuple[TextRange, ...]:
    return quote.pieces or (TextRange(quote.start, quote.end),)


def sourced_summary(
    findings: Sequence[Finding],
    summary: Summary,
    sourcing: Sourcing,
    left: Document,
    right: Document,
) -> tuple[list[Finding], Summary]:
    """The summary with the shared share (said first in its verdict line when worth saying); quote
    conflicts held back, as the engine's are, when the articles seem to describe different events."""
    findings = list(findings)
    if summary.notice(NoticeCode.DIFFERENT_EVENTS) is not None:
        findings = [_held_back(f) for f in findings]
    independent = summary.counts.get("agree", 0) - summary.counts.get("agree_shared", 0)
    clause = shared_copy_clause(sourcing.shared_copy, shorter_side(left, right), independent)
    verdict = f"{clause}; {summary.verdict}" if clause else summary.verdict
    return findings, replace(summary, shared_copy=sourcing.shared_copy, verdict=verdict)


# -------------------------------------------------------------------------------- quote findings


def _finding(v: QuoteVerdict, texts: dict[Side, str]) -> Finding:
    def spans(quote: Quote | None, side: Side) -> tuple[Span, ...]:
        """The quoted words, then the speaker where the article names them beside the quote
        (a misattribution is about the names; a quote only one article has, about whose it
        is, unless the other article names that speaker too: then the name is no yellow mark).
        The quoted words come first: views find the quote by its first span."""
        if quote is None:
            return ()
        ranges = list(_pieces(quote))
        both = v.left is not None and v.right is not None
        if (
            quote.speaker_start is not None
            and quote.speaker_end is not None
            and not quote.inferred
            and (both or not _named_there(quote.speaker, texts[side.other]))
        ):
            ranges.append(TextRange(quote.speaker_start, quote.speaker_end))
        return tuple(Span(r.start, r.end, texts[side][r.start : r.end]) for r in ranges)

    key = v.issue if v.issue is not None else v.kind
    confidence = _CONFIDENCE.get(key, _CONFIDENCE[FindingKind.LEFT_ONLY])
    return Finding(
        id="",
        kind=v.kind,
        type=MentionType.QUOTE,
        left=spans(v.left, Side.LEFT),
        right=spans(v.right, Side.RIGHT),
        reason=_reason(v, texts),
        confidence=confidence,
    )


def _named_there(speaker: str | None, text: str) -> bool:
    """The other article names this speaker: the whole phrase ("the Obama administration"), or
    the surname of a speaker given by name alone ("Sara Sadeqi" / "Sadeqi"). A description
    ("32-year-old protester Paris Kyriakides") carries more than the name and stays marked."""
    phrase = re.sub(r"^the\s+", "", (speaker or "").strip(), flags=re.I)
    if not phrase:
        return False
    if re.search(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", text, re.I):
        return True
    words = phrase.split()
    last = words[-1]
    return (
        all(w[:1].isupper() for w in words)
        and len(last) > 2
        and re.search(rf"\b{re.escape(last)}\b", text) is not None
    )


def _reason(v: QuoteVerdict, texts: dict[Side, str]) -> str:
    lq, rq = v.left, v.right
    if lq is None or rq is None:
        quote, side = (lq, Side.LEFT) if lq is not None else (rq, Side.RIGHT)
        assert quote is not None
        return f"Only the {side.value} article has this quote{_of(quote.speaker)}."
    if v.issue is QuoteIssue.SPEAKER:
        return f"Attributed to {lq.speaker} on the left and to {rq.speaker} on the right."
    if v.issue is QuoteIssue.WORDING:
        named = [_change_words(c, texts) for c in v.changes[:MAX_CHANGES_NAMED]]
        more = len(v.changes) - len(named)
        if more:
            named.append(f"and {more} more change{'s' if more > 1 else ''}")
        return f"The quote{_of(lq.speaker or rq.speaker)} differs: {'; '.join(named)}."
    if lq.direct and rq.direct:
        return f"Both quote the same words{_of(lq.speaker or rq.speaker)}."
    if lq.speaker and rq.speaker and lq.speaker.lower() != rq.speaker.lower():
        return f"{lq.speaker} on the left and {rq.speaker} on the right report the same."
    speaker = lq.speaker or rq.speaker
    return f"Both report {speaker} saying the same." if speaker else "Both report the same words."


def _of(speaker: str | None) -> str:
    return f" of {speaker}" if speaker else ""


def _change_words(change: WordChange, texts: dict[Side, str]) -> str:
    left = texts[Side.LEFT][change.left.start : change.left.end]
    right = texts[Side.RIGHT][change.right.start : change.right.end]
    if left and right:
        return f"the left has '{left}', the right '{right}'"
    if left:
        return f"the left has '{left}', which the right leaves out"
    return f"the right adds '{right}'"


# ------------------------------------------------------------------------------------- folding


@dataclass(frozen=True, slots=True)
class _Zone:
    """Per side, the text a quote finding speaks for. ``facts``: the quoted words and the speaker,
    and the whole sentences when they hold nothing but the quote and its attribution.
    ``sentences``: the sentences holding the quote, whatever else they say: a sentence mark over
    them would tell the reader again what the quote finding tells (the names and figures outside
    the quote keep their own marks)."""

    facts: dict[Side, list[TextRange]]
    sentences: dict[Side, list[TextRange]]


def _zone(v: QuoteVerdict, texts: dict[Side, str], frames: dict[tuple[Side, int], Frame]) -> _Zone:
    zone = _Zone({Side.LEFT: [], Side.RIGHT: []}, {Side.LEFT: [], Side.RIGHT: []})
    for side, quote in ((Side.LEFT, v.left), (Side.RIGHT, v.right)):
        if quote is None:
            continue
        own = list(quote.pieces or (TextRange(quote.start, quote.end),))
        # An inferred speaker points at an earlier mention of the name, which is not this quote's.
        if quote.speaker_start is not None and quote.speaker_end is not None and not quote.inferred:
            own.append(TextRange(quote.speaker_start, quote.speaker_end))
        frame = frames.get((side, quote.start), Frame((), False))
        around = list(frame.sentences)
        zone.facts[side] = _merge(own + around if frame.only_attribution else own, texts[side])
        zone.sentences[side] = _merge(own + around, texts[side])
    return zone


def _uncovered(
    findings: Sequence[Finding], zones: Sequence[_Zone], texts: dict[Side, str]
) -> list[Finding]:
    """The findings no quote finding speaks for. Zones are looked up by where a finding's first
    span starts, so a long article's thousands of findings are not each tried on every quote."""
    index = {side: _ZoneIndex(zones, side) for side in Side}
    kept = []
    for f in findings:
        side = Side.LEFT if f.left else Side.RIGHT
        spans = f.spans(side)
        near = index[side].around(spans[0].start) if spans else []
        if not any(_covered(f, zones[k], texts) for k in near):
            kept.append(f)
    return kept


class _ZoneIndex:
    """The zones of one side by the ranges their sentences cover, for look-up by offset."""

    def __init__(self, zones: Sequence[_Zone], side: Side) -> None:
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


def _covered(f: Finding, zone: _Zone, texts: dict[Side, str]) -> bool:
    """A finding other than an agreement whose every span lies inside a quote finding's zone."""
    if f.kind is FindingKind.AGREE or f.type is MentionType.QUOTE or not (f.left or f.right):
        return False
    ranges = zone.sentences if f.is_statement else zone.facts
    return all(
        _inside(span, ranges[side], texts[side])
        for side in (Side.LEFT, Side.RIGHT)
        for span in f.spans(side)
    )


def _inside(span: Span, ranges: Sequence[TextRange], text: str) -> bool:
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


def _merge(ranges: Sequence[TextRange], text: str) -> list[TextRange]:
    """Ranges joined where they overlap or only punctuation and spaces lie between them."""
    merged: list[TextRange] = []
    for r in sorted(ranges, key=lambda r: r.start):
        if merged and not _WORD.search(text, merged[-1].end, max(merged[-1].end, r.start)):
            merged[-1] = TextRange(merged[-1].start, max(merged[-1].end, r.end))
        else:
            merged.append(r)
    return merged


# --------------------------------------------------------------------------------- independence


def _with_independence(
    f: Finding, shared: dict[Side, list[TextRange]], texts: dict[Side, str]
) -> Finding:
    """An agreement whose every span on both sides lies inside passages both articles print is
    one source printed twice: marked not independent, and the reason says so."""
    if f.kind is not FindingKind.AGREE or not f.left or not f.right:
        return f
    if not all(_inside(s, shared[side], texts[side]) for side in Side for s in f.spans(side)):
        return f
    return replace(
        f,
        independent=False,
        reason=f"{f.reason} Both articles print it in a passage they share word for word, so it "
        "is one source, not two.",
    )


def _held_back(f: Finding) -> Finding:
    """A quote conflict between articles that seem to be about different events, damped as the
    engine damps its own conflicts (findings.hold_back_conflicts)."""
    if f.type is not MentionType.QUOTE or f.kind is not FindingKind.CONFLICT:
        return f
    return replace(
        f,
        confidence=round(f.confidence * tuning.DIFFERENT_EVENTS_DAMPING, 3),
        reason=f.reason + " The two articles seem to describe different events, so this "
        "may not be a contradiction at all.",
    )
