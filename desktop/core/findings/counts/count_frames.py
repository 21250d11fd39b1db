"""Two counts in the same frame of words: the same verb before them, the same thing counted.

"suspected of shooting three people, killing one" / "shot six people, killing one": the parser may
hang "three" on the killing and "six" on the shooting, so their context words differ, but a count
that follows the same verb ("shooting" and "shot" are one verb) and counts the same noun fills one
place in two matching sentences. Two nouns for people ("one man" / "four people") count the
same beings under one verb: "killing one man" / "killing four people".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from desktop.core.alignment.align import SentencePair
from desktop.core.extraction.extract import Analysis, Fact, Token
from desktop.core.findings.bookkeeping.claims import Relation, relation
from desktop.core.findings.events.happenings import happening
from desktop.core.lexicon import PERSON_NOUNS
from desktop.core.lexicon.exchange_rates import CURRENCY_NAMES

Refs = tuple[date | None, date | None]


def framed_relation(
    fa: Fact, fb: Fact, analyses: tuple[Analysis, Analysis], pair: SentencePair, refs: Refs
) -> Relation | None:
    """How two counts in the same frame relate, each read as counting what its frame's verb does
    (the parser's own attachment aside), or None when they are in no common frame."""
    verb = same_count_frame(fa, fb, analyses, pair)
    if not verb:
        return None
    return relation(replace(fa, slot={verb: 1.0}), replace(fb, slot={verb: 1.0}), refs)


def same_count_frame(
    fa: Fact, fb: Fact, analyses: tuple[Analysis, Analysis], pair: SentencePair
) -> str:
    """The verb of the frame two counts share, or "" when they share none."""
    ours = _frame(analyses[0].sentence_tokens[pair.left], fa)
    theirs = _frame(analyses[1].sentence_tokens[pair.right], fb)
    if ours is None or theirs is None:
        return ""
    (verb_a, noun_a), (verb_b, noun_b) = ours, theirs
    same_noun = noun_a == noun_b or (noun_a in PERSON_NOUNS and noun_b in PERSON_NOUNS)
    return verb_a if verb_a == verb_b and same_noun else ""


def _frame(tokens: Sequence[Token], fact: Fact) -> tuple[str, str] | None:
    """The verb right before a count and the noun it counts, or None when either is missing."""
    if fact.number is None or fact.date is not None:
        return None
    before = [t for t in tokens if t.end <= fact.start][-1:]
    inside = [t for t in tokens if fact.start <= t.start and t.end <= fact.end and t.content]
    after = [t for t in tokens if t.start >= fact.end][:3]
    goods = _goods(fact, after)
    counted = goods or (inside[-1:] if inside and inside[-1].lower.isalpha() else after[:1])
    if not before or not before[0].content or not counted or not counted[0].content:
        return None
    return happening(before[0].content), counted[0].content


# Words between a sum and the goods it is the worth of: "$2 million of jewelry", "£910,000 worth
# of jewellery".
_GOODS_LINKS = frozenset(["of", "worth"])


def _goods(fact: Fact, after: Sequence[Token]) -> list[Token]:
    """The goods a sum is the worth of, as the thing it counts: "stealing almost $2 million of
    jewelry" and "stole £910,000 worth of jewellery" both tell the jewellery stolen."""
    if fact.number is None or fact.number.dimension not in CURRENCY_NAMES:
        return []
    links = 0
    for token in after:
        if token.lower in _GOODS_LINKS:
            links += 1
            continue
        return [token] if links and token.noun and token.content else []
    return []
