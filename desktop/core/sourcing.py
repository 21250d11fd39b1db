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
)
from desktop.core.quotes import SPEECH_VERBS, extract_quotes
from desktop.core.shared_copy import find_shared_passages, shared_copy_share

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
        sentences = [
            (TextRange(sent.start_char, sent.end_char), [t for t in sent if t.pos_ == "VERB"])
            for sent in doc.sents
        ]
        for q in extract_quotes(doc, side):
            pieces = q.pieces or (TextRange(q.start, q.end),)
            speaker = q.speaker
            if q.speaker_start is not None and q.speaker_end is not None:
                speaker = text[q.speaker_start : q.speaker_end]
            quotes.append(
                replace(q, text=" ".join(text[p.start : p.end] for p in pieces), speaker=speaker)
            )
            frames[(side, q.start)] = _frame(pieces, sentences)
    return QuoteReading(tuple(quotes), frames)


def _frame(pieces: Sequence[TextRange], sentences: Sequence[tuple[TextRange, list[Any]]]) -> Frame:
    holding = [(r, verbs) for r, verbs in sentences if any(r.overlaps(p) for p in pieces)]
    outside = [
        v for _, verbs in holding for v in verbs if not any(p.contains(v.idx) for p in pieces)
    ]
    return Frame(tuple(r for r, _ in holding), all(_attributes(v) for v in outside))


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
    # A reported statement only one article makes is already a sentence only it tells; only a
    # direct quote, someone's own words, is worth a one-sided quote finding of its own.
    verdicts = [v for v in verdicts if _worth_a_finding(v)]
    quote_findings = [_finding(v, texts) for v in verdicts]
    zones = [_zone(v, texts, reading.frames) for v in verdicts if v.kind is not FindingKind.AGREE]
    kept = [f for f in findings if not any(_covered(f, zone, texts) for zone in zones)]
    passages = find_shared_passages(left.text, right.text)
    shared = {
        Side.LEFT: _merge([p.left for p in passages], left.text),
        Side.RIGHT: _merge([p.right for p in passages], right.text),
    }
    combined = [_with_independence(f, shared, texts) for f in [*kept, *quote_findings]]
    combined.sort(key=order)
    sourcing = Sourcing(
        quotes=tuple(quotes),
        passages=tuple(passages),
        shared_copy=shared_copy_share(passages, left.text, right.text),
    )
    return with_ids(combined), sourcing


def _worth_a_finding(v: QuoteVerdict) -> bool:
    if v.left is not None and v.right is not None:
        return True
    quote = v.left or v.right
    return quote is not None and quote.direct


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
        if quote is None:
            return ()
        pieces = quote.pieces or (TextRange(quote.start, quote.end),)
        return tuple(Span(p.start, p.end, texts[side][p.start : p.end]) for p in pieces)

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
        if quote.speaker_start is not None and quote.speaker_end is not None:
            own.append(TextRange(quote.speaker_start, quote.speaker_end))
        frame = frames.get((side, quote.start), Frame((), False))
        around = list(frame.sentences)
        zone.facts[side] = _merge(own + around if frame.only_attribution else own, texts[side])
        zone.sentences[side] = _merge(own + around, texts[side])
    return zone


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
