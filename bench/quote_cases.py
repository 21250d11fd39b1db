"""The planted edits of bench/quotes.py: (a) one word inside one quote changed, (b) a quote's
speaker replaced by another person the article names, (c) a quote deleted with its sentences; each
with the test of a right verdict (detectors alone) and of a right finding (through the engine).
Run it through ``python -m bench.quotes``."""

from __future__ import annotations

import dataclasses
import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from bench.common import article_document, short
from bench.quote_grading import lost_fact, planted_speaker, speaker_planted, swap_shown
from desktop.core.model import (
    Document,
    Finding,
    FindingKind,
    MentionType,
    Quote,
    Report,
    Side,
    TextRange,
)
from desktop.core.quoting.quote_compare import QuoteIssue, QuoteVerdict, Sameness, speaker_sameness
from desktop.core.quoting.quotes import extract_quotes
from desktop.core.quoting.shared_copy import word_count

# Replacement words for (a): common words that change what was said, tried in order.
_SUBSTITUTES = ("never", "several", "certainly", "nobody", "yesterday", "rarely")
# A planted speaker must sit next to its quote (not a pronoun resolved further back): chars.
_NEAR_QUOTE = 80
SEED = 12
_LETTERS = re.compile(r"[A-Za-z]+")
_WORDS = re.compile(r"\w+(?:['’]\w+)*")


@dataclass(frozen=True)
class Case:
    kind: str
    article: str
    left: str
    right: str
    quote: Quote
    right_is_correct: Callable[[QuoteVerdict], bool]
    note: str
    # The same test on the engine's findings: the report (for its quotes) and one finding.
    finding_is_correct: Callable[[Report, Finding], bool]
    document: Document | None = None  # the original as the app reads it; the copy swaps its text
    # (c) only: the characters of the original the copy leaves out (the quote's whole sentences).
    deleted: TextRange | None = None
    # Right findings besides the planted one (bench/quote_grading.py): not counted as new.
    besides: Callable[[Finding], bool] = lambda f: False


def _changed_word(text: str, quote: Quote, rng: random.Random) -> Case | None:
    piece = quote.pieces[0]
    words = [
        (m_start, m_end)
        for m_start, m_end in _word_spans(text, piece)
        if text[m_start:m_end].isalpha() and text[m_start:m_end].islower()
    ][1:-1]
    if not words:
        return None
    start, end = rng.choice(words)
    old = text[start:end]
    new = next(w for w in _SUBSTITUTES if w != old.lower())
    right = text[:start] + new + text[end:]

    def correct(v: QuoteVerdict) -> bool:
        return (
            v.issue is QuoteIssue.WORDING
            and v.left is not None
            and v.left.start <= start < v.left.end
        )

    def found(report: Report, f: Finding) -> bool:
        return (
            _is_quote(f, FindingKind.CONFLICT)
            and f.reason.startswith("The quote")
            and any(s.start <= start < s.end for s in f.left)
        )

    return Case("changed word", "", text, right, quote, correct, f"{old} -> {new}", found)


def _swapped_speaker(text: str, quote: Quote, people: Sequence[Any]) -> Case | None:
    s0, s1 = quote.speaker_start, quote.speaker_end
    if s0 is None or s1 is None or quote.speaker is None or quote.inferred:
        return None
    near = 0 <= s0 - quote.end < _NEAR_QUOTE or 0 <= quote.start - s1 < _NEAR_QUOTE
    if not near:
        return None
    others = [
        p
        for p in people
        if speaker_sameness(quote.speaker, p.text) is Sameness.DIFFERENT and p.text[:1].isupper()
    ]
    if not others or not any(
        p.start_char <= s0 < p.end_char or s0 <= p.start_char < s1 for p in people
    ):
        return None  # only named speakers are swapped; a role has no "other person" to swap in
    other = others[0].text
    right = planted_speaker(text, s0, s1, other)

    def correct(v: QuoteVerdict) -> bool:
        return v.issue is QuoteIssue.SPEAKER and v.right is not None and _planted(v.right)

    def _planted(q: Quote) -> bool:
        at = None
        if q.speaker_start is not None and q.speaker_end is not None:
            at = TextRange(q.speaker_start, q.speaker_end)
        return speaker_planted(at, s0, other)

    def found(report: Report, f: Finding) -> bool:
        if (
            not _is_quote(f, FindingKind.CONFLICT)
            or not f.reason.startswith("Attributed")
            or not f.right
        ):
            return False
        at = f.right[0].start
        return any(q.side is Side.RIGHT and q.start == at and _planted(q) for q in report.quotes)

    def shown(f: Finding) -> bool:
        return swap_shown(f, TextRange(s0, s1), TextRange(s0, s0 + len(other)))

    note = f"{quote.speaker} -> {other}"
    return Case("swapped speaker", "", text, right, quote, correct, note, found, besides=shown)


def _deleted_quote(text: str, quote: Quote, doc: Any) -> Case | None:
    first = doc.char_span(quote.start, quote.start + 1, alignment_mode="expand")
    last = doc.char_span(quote.end - 1, quote.end, alignment_mode="expand")
    if first is None or last is None:
        return None
    start = first[0].sent.start_char
    end = last[-1].sent.end_char
    right = text[:start] + text[end:].lstrip(" ")

    def correct(v: QuoteVerdict) -> bool:
        return (
            v.kind is FindingKind.LEFT_ONLY
            and v.left is not None
            and v.left.start < end
            and start < v.left.end
        )

    def found(report: Report, f: Finding) -> bool:
        return _is_quote(f, FindingKind.LEFT_ONLY) and any(
            s.start < end and start < s.end for s in f.left
        )

    note = short(text[start:end], 50)
    return Case(
        "deleted quote",
        "",
        text,
        right,
        quote,
        correct,
        note,
        found,
        deleted=TextRange(start, end),
        besides=lambda f: lost_fact(f, TextRange(start, end), right),
    )


def _is_quote(f: Finding, kind: FindingKind) -> bool:
    return f.type is MentionType.QUOTE and f.kind is kind


def _word_spans(text: str, piece: TextRange) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _LETTERS.finditer(text, piece.start, piece.end)]


def build_cases(articles: Sequence[dict[str, Any]], nlp: Any, limit: int) -> list[Case]:
    cases: list[Case] = []
    for article in articles:
        document = article_document(article)
        text = document.text
        doc = nlp(text)
        quotes = [q for q in extract_quotes(doc) if q.direct and word_count(q.text) >= 5]
        if not quotes:
            continue
        rng = random.Random(f"{SEED}:{article['id']}")
        quote = rng.choice(quotes)
        people = [e for e in doc.ents if e.label_ == "PERSON"]
        made = [
            _changed_word(text, quote, rng),
            next((c for q in quotes if (c := _swapped_speaker(text, q, people))), None),
            _deleted_quote(text, quote, doc),
        ]
        cases.extend(
            dataclasses.replace(c, article=article["id"], document=document)
            for c in made
            if c is not None
        )
        if len({c.article for c in cases}) >= limit:
            break
    return cases
