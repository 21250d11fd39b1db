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
from functools import lru_cache
from typing import Any

from desktop.core.figures.numbers.values import parse_date, parse_number
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import order, with_ids
from desktop.core.model import (
    Document,
    Finding,
    FindingKind,
    MentionType,
    NoticeCode,
    Quote,
    SharedPassage,
    Side,
    Summary,
    TextRange,
)
from desktop.core.quoting.quote_compare import QuoteVerdict, compare_quotes, wording_changes
from desktop.core.quoting.quote_findings import quote_finding, quote_pieces
from desktop.core.quoting.quote_folding import (
    Frame,
    inside,
    merge_ranges,
    quote_frame,
    quote_zone,
    uncovered,
)
from desktop.core.quoting.quote_runs import reported_sentences, spoken_runs
from desktop.core.quoting.quote_told import piece_told, rejoined, sentence_pieces, untold_pieces
from desktop.core.quoting.quote_words import is_content_word, quote_words
from desktop.core.quoting.quotes import extract_quotes
from desktop.core.quoting.shared_copy import shared_copy
from desktop.core.quoting.single_quotes import single_quoted_stretches
from desktop.core.quoting.told_ranges import ToldRanges
from desktop.core.results.counts import shared_copy_clause, shorter_side

_WORDS = re.compile(r"\w+(?:['’]\w+)*")


@dataclass(frozen=True, slots=True)
class Sourcing:
    """What ``add_sourcing`` found besides findings: for the report and its summary."""

    quotes: tuple[Quote, ...]
    passages: tuple[SharedPassage, ...]
    shared_copy: float


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
            pieces = quote_pieces(q)
            speaker = q.speaker
            if q.speaker_start is not None and q.speaker_end is not None:
                speaker = text[q.speaker_start : q.speaker_end]
            quotes.append(
                replace(q, text=" ".join(text[p.start : p.end] for p in pieces), speaker=speaker)
            )
            frames[(side, q.start)] = quote_frame(pieces, sentences, starts)
    return QuoteReading(tuple(quotes), frames)


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
    # What each side quotes or reports someone saying, in double marks or in single ones.
    spoken = {
        side: (
            *(p for q in quotes if q.side is side for p in quote_pieces(q)),
            *single_quoted_stretches(texts[side]),
        )
        for side in Side
    }
    runs = {side: spoken_runs(texts[side], spoken[side]) for side in Side}
    for q in quotes:  # a sentence of a quote the other reports in part is told there
        if q.direct and q.side is not None:
            told[q.side] += reported_sentences(quote_pieces(q), texts[q.side], runs[q.side.other])
    ranges = {side: ToldRanges(told[side]) for side in Side}
    verdicts = [
        _untold_part(v, ranges, texts) for v in verdicts if _worth_a_finding(v, ranges, texts)
    ]
    # The verdicts that get a zone, by their place: what a zone carries goes to its verdict.
    flagged = [k for k, v in enumerate(verdicts) if v.kind is not FindingKind.AGREE]
    zones = [quote_zone(verdicts[k], texts, reading.frames) for k in flagged]
    kept, carried = uncovered(findings, zones, texts)
    carried_by = {k: carried.get(n, []) for n, k in enumerate(flagged)}
    quote_findings = [
        quote_finding(v, texts, carried_by.get(k, ())) for k, v in enumerate(verdicts)
    ]
    passages, share = shared_copy(left.text, right.text)
    shared = {
        Side.LEFT: merge_ranges([p.left for p in passages], left.text),
        Side.RIGHT: merge_ranges([p.right for p in passages], right.text),
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


def _worth_a_finding(v: QuoteVerdict, told: dict[Side, ToldRanges], texts: dict[Side, str]) -> bool:
    """Every pair of quotes is; a quote only one article prints is when it is a direct quote
    (reported speech only one article makes is a sentence only it tells, and has that finding)
    whose sentences the other article does not tell in its own words nor report in part as
    what someone said (``told``: its quotes, reported speech and words between single marks):
    then the quoted words are missing there, not what they say, and a one-sided mark would deny
    a corroborated fact."""
    if v.left is not None and v.right is not None:
        return (v.left.direct and v.right.direct) or not _reports_differ(v, texts)
    quote = v.left or v.right
    if quote is None or not quote.direct or quote.side is None:
        return False
    other = quote.side.other
    if quoted_words_written(quote.text, texts[other]):
        return False  # "its 'professional staff'" / "among the professional staff": not missing
    ranges = told[quote.side]
    if all(
        any(_shares_content(quote.text, partner) for _, partner in ranges.holding(p))
        for p in quote_pieces(quote)
    ):
        return False
    # A quote running over several sentences, each told there in its own words.
    side_text = texts[quote.side]
    return not all(
        piece_told(p, ranges.meeting([p]), _shares_content, side_text) for p in quote_pieces(quote)
    )


def _untold_part(
    v: QuoteVerdict, told: dict[Side, ToldRanges], texts: dict[Side, str]
) -> QuoteVerdict:
    """A quote only one article prints, cut to the sentences the other does not tell nor report
    in part."""
    quote = v.left or v.right
    if (v.left is None) == (v.right is None) or quote is None or quote.side is None:
        return v
    text = texts[quote.side]
    pieces = sentence_pieces(quote_pieces(quote), text)
    kept = untold_pieces(pieces, told[quote.side].meeting(pieces), _shares_content, text)
    if not kept or kept == pieces:
        return v
    kept = rejoined(kept, quote_pieces(quote), text)
    cut = replace(
        quote,
        start=kept[0].start,
        end=kept[-1].end,
        text=" ".join(text[p.start : p.end] for p in kept),
        pieces=kept,
    )
    return replace(v, left=cut) if v.left is not None else replace(v, right=cut)


def _shares_content(quoted: str, partner: str) -> bool:
    """Whether the other article's sentence tells what the quoted words say, not only who said
    them: it shares a content word with them ("condemned the killings, saying 'murder is quite
    another'" is not told by "the minister's insistence that the measures are vital"). Words
    compare by their first letters, so "killings" meets "killed"."""
    stems = {w[: tuning.SHARED_STEM] for w in _content_words(_NAME_INSIDE.sub(" ", quoted))}
    return any(w[: tuning.SHARED_STEM] in stems for w in _content_words(partner))


# A capitalised word inside the quote, not opening it or a sentence of it: a name ("the respect I
# have for Maurice Cheeks"). Whom the words speak of is not what they say: a sentence of the other
# article naming him ("Stefanski said he met with Cheeks") does not tell them.
_NAME_INSIDE = re.compile(r"(?<=[\w,;:] )[A-Z][\w'’-]*")


def _content_words(text: str) -> list[str]:
    return [
        w
        for w in re.findall(r"\w+", text.lower())
        if len(w) >= tuning.SHARED_STEM and is_content_word(w)
    ]


def quoted_words_written(quoted: str, other: str) -> bool:
    """The other article writes the quoted words too, in the same order, as its own words or in
    a quote of its own (punctuation and case aside)."""
    words = _bare_words(quoted)
    return bool(words.strip()) and words in _article_words(other)


@lru_cache(maxsize=4)
def _article_words(text: str) -> str:
    """``_bare_words`` of a whole article, kept: every quote of the other side looks it up."""
    return _bare_words(text)


def _bare_words(text: str) -> str:
    """The text's words, lower case, one space apart and one around: " the professional staff "."""
    return " " + " ".join(re.findall(r"\w+", text.lower())) + " "


def _reports_differ(v: QuoteVerdict, texts: dict[Side, str]) -> bool:
    """Whether a pair with reported speech says something different somewhere: a changed
    stretch with a content word or a figure ("saw a woman fleeing" / "heard a commotion", "3 were
    shot" / "four were shot"). Then it is not "the same" report; the engine's sentences and facts
    judge it. Pronouns and tenses differ in any reported speech ("we have" / "she had") and are
    no difference."""
    assert v.left is not None and v.right is not None
    changes = wording_changes(
        quote_words(v.left, texts[Side.LEFT]), quote_words(v.right, texts[Side.RIGHT])
    )
    for c in changes:
        for side, r in ((Side.LEFT, c.left), (Side.RIGHT, c.right)):
            words = texts[side][r.start : r.end]
            if words and (parse_number(words) is not None or parse_date(words) is not None):
                return True
            if any(is_content_word(w.lower()) for w in _WORDS.findall(words)):
                return True
    return False


def _told_by_both(
    findings: Sequence[Finding], texts: dict[Side, str]
) -> dict[Side, list[tuple[TextRange, str]]]:
    """Per side, the sentences the other article tells in its own words, each with the other
    side's sentence that tells it: those the engine pairs with a sentence of the other side for
    which they are the best match. A sentence there already matched better elsewhere (its own
    twin) vouches for nothing more."""
    agreed = [f for f in findings if f.is_statement and f.kind is FindingKind.AGREE]
    best: dict[tuple[Side, int, int], float] = {}
    for f in agreed:
        for side in Side:
            for span in f.spans(side):
                key = (side, span.start, span.end)
                best[key] = max(best.get(key, 0.0), f.confidence)
    told: dict[Side, list[tuple[TextRange, str]]] = {Side.LEFT: [], Side.RIGHT: []}
    for f in agreed:
        for side in Side:
            partners = f.spans(side.other)
            if partners and all(
                f.confidence >= best[(side.other, p.start, p.end)] for p in partners
            ):
                partner = " ".join(texts[side.other][p.start : p.end] for p in partners)
                told[side] += [(span.range, partner) for span in f.spans(side)]
    return told


def sourced_summary(
    findings: Sequence[Finding],
    summary: Summary,
    sourcing: Sourcing,
    left: Document,
    right: Document,
) -> tuple[list[Finding], Summary]:
    """The summary with the shared share (said first in its verdict line when worth saying);
    quote conflicts held back, as the engine's are, when the articles seem to describe different
    events."""
    findings = list(findings)
    if summary.notice(NoticeCode.DIFFERENT_EVENTS) is not None:
        findings = [_held_back(f) for f in findings]
    independent = summary.counts.get("agree", 0) - summary.counts.get("agree_shared", 0)
    clause = shared_copy_clause(sourcing.shared_copy, shorter_side(left, right), independent)
    verdict = f"{clause}; {summary.verdict}" if clause else summary.verdict
    return findings, replace(summary, shared_copy=sourcing.shared_copy, verdict=verdict)


# --------------------------------------------------------------------------------- independence


def _with_independence(
    f: Finding, shared: dict[Side, list[TextRange]], texts: dict[Side, str]
) -> Finding:
    """An agreement whose every span on both sides lies inside passages both articles print is
    one source printed twice: marked not independent, and the reason says so."""
    if f.kind is not FindingKind.AGREE or not f.left or not f.right:
        return f
    if not all(inside(s, shared[side], texts[side]) for side in Side for s in f.spans(side)):
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
