"""Counts the parser missed inside an aligned sentence pair.

"killing one man" / "killing four men" where the parser saw only "four": the number word before
the same counted noun on the other side is the figure to compare. ``comparison.aligned_claims``
words each pair found here as a verdict.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from datetime import date

from desktop.core.alignment.align import SentencePair
from desktop.core.extraction.extract import Analysis, Fact, Token
from desktop.core.figures.numbers.values import parse_number
from desktop.core.findings.bookkeeping.claims import Relation, relation, slot_name
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.findings.counts.numbered import numbered
from desktop.core.findings.counts.whole_counts import whole_against_part
from desktop.core.lexicon import NUMBER_PHRASE_WORDS
from desktop.core.lexicon.count_words import GAP_WORDS
from desktop.core.model import MentionType, Side
from desktop.core.naming.codes import follows_code

Refs = tuple[date | None, date | None]


def counts_the_parser_missed(
    analyses: tuple[Analysis, Analysis],
    pair: SentencePair,
    mine: list[Fact],
    theirs: list[Fact],
    refs: Refs,
    ledger: Ledger,
) -> list[tuple[Relation, Fact, Fact, str]]:
    """ "killing one man" / "killing four men" where the parser saw only "four": the number word
    before the same counted noun on the other side is the figure to compare."""
    found_pairs = []
    sides = (
        (Side.RIGHT, theirs, analyses[0], pair.left, mine),
        (Side.LEFT, mine, analyses[1], pair.right, theirs),
    )
    for side, facts, other, sentence, other_facts in sides:
        for fact in facts:
            if fact.number is None or fact.other_event or ledger.judged(side, fact):
                continue
            found = _number_before_noun(other, sentence, fact, other_facts)
            if found is None or ledger.judged(side.other, found):
                continue  # a figure with its verdict already ("Five" agreed with "five")
            a, b = (found, fact) if side is Side.RIGHT else (fact, found)
            rel = relation(a, b, refs)
            if rel is None:
                continue
            if rel is not Relation.SAME and whole_against_part((analyses[0], a), (analyses[1], b)):
                continue  # "six rifles during the raid" / "14 rifles during the five raids"
            ledger.judge("aligned", [a], [b])
            found_pairs.append((rel, a, b, slot_name(a, b)))
    return found_pairs


def _number_before_noun(
    analysis: Analysis, sentence: int, like: Fact, facts: list[Fact]
) -> Fact | None:
    nouns = {w for w, weight in like.slot.items() if weight >= 1.0}
    tokens = analysis.sentence_tokens[sentence]
    for at, (token, following) in enumerate(itertools.pairwise(tokens)):
        if following.content not in nouns or any(f.start <= token.start < f.end for f in facts):
            continue
        if parse_number(token.lower) is None or numbered(analysis, token.start):
            continue  # "One Precinct 5 constable's deputy": 5 says which precinct
        if at + 2 < len(tokens) and tokens[at + 2].lower in GAP_WORDS:
            continue  # "the final quarter 10 points down": a gap, no count of points
        first = _phrase_start(tokens, at)
        text = analysis.document.text[first.start : token.end]
        number = parse_number(text)  # as written: "AK-47" is a code only in its capitals
        if number is None or number.dimension or follows_code(analysis.document.text, token.start):
            continue
        fact = Fact(first.start, token.end, text, MentionType.NUMBER, "", sentence)
        fact.number, fact.value, fact.key = number, number.display(), f"number:{number.display()}"
        fact.slot = dict(like.slot)
        return fact
    return None


def _phrase_start(tokens: Sequence[Token], at: int) -> Token:
    """Where the number words ending at ``tokens[at]`` begin: "half a dozen", "two dozen", "one
    and a half" are one figure, never their last word alone."""
    first = at
    while first > 0 and tokens[first - 1].lower in NUMBER_PHRASE_WORDS:
        first -= 1
    while first < at and tokens[first].lower in ("a", "an", "and"):
        first += 1  # "a" opens "a dozen" but not a phrase that only starts with it
    return tokens[first]
