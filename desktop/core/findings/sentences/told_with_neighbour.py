"""A sentence the other article tells inside a sentence that also tells its neighbour.

Reporters split and merge sentences: one article's "A left hook sent Morgan down again." and
"He got up, but the referee then stopped it." are the other's one "Petrenko dropped
Morgan again, and the referee stopped the fight moments later." When a sentence's neighbour is
aligned with a sentence of the other article, and the sentence shares with that same sentence a
noun each article uses there only ("referee"), it is the other half of that sentence: told
there, in other words. Neither alone would do: a rare word shared by sentences far apart in the
two stories is often a coincidence, and a word shared with the sentence *next to* the
neighbour's partner is often the next thing each story tells of the same actor ("one protestor
climbed onto the roof" / "police fought running battles with protesters").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from desktop.core.alignment.align import PAIR_THRESHOLD, SentencePair
from desktop.core.extraction.extract import Analysis
from desktop.core.lexicon import DETAIL_IGNORE, GENERIC_SLOT_WORDS
from desktop.core.quoting.attribution import REPORTING_VERBS


def told_with_neighbour(
    mine: Analysis, theirs: Analysis, pairs: Sequence[SentencePair], *, left: bool
) -> set[int]:
    """Sentences of ``mine`` told inside the other article's partner of one of their neighbours.

    ``pairs`` are the aligned sentence pairs, left to right; ``left`` says which side ``mine`` is.
    """
    partners: dict[int, set[int]] = {}
    for pair in pairs:
        if pair.score >= PAIR_THRESHOLD:
            me, them = (pair.left, pair.right) if left else (pair.right, pair.left)
            partners.setdefault(me, set()).add(them)
    if not partners:
        return set()
    their_once = _distinctive(theirs)
    told = set()
    for i, words in enumerate(_distinctive(mine)):
        if not words:
            continue
        merged = partners.get(i - 1, set()) | partners.get(i + 1, set())
        if any(not words.isdisjoint(their_once[j]) for j in merged):
            told.add(i)
    return told


def _distinctive(analysis: Analysis) -> list[frozenset[str]]:
    """Per sentence, the nouns and names the article uses in that sentence only.

    Nouns, because they name what a sentence speaks of: a verb or an adjective shared by two
    sentences ("a man jumped out" / "teens jumping on cars", "a good thing") says nothing of
    whether they speak of the same thing. Words that name a source or a stock frame ("state
    media reported", "people", "time") say who tells, not what is told."""
    return analysis.derived("told_with_neighbour.distinctive", _build_distinctive)


_NOT_DISTINCTIVE = REPORTING_VERBS | DETAIL_IGNORE | GENERIC_SLOT_WORDS


def _build_distinctive(analysis: Analysis) -> list[frozenset[str]]:
    counts = Counter(w for words in analysis.sentence_words for w in set(words))
    return [
        frozenset(
            t.content
            for t in tokens
            if t.noun and t.content and counts[t.content] == 1 and t.content not in _NOT_DISTINCTIVE
        )
        for tokens in analysis.sentence_tokens
    ]
