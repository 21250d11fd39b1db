"""A figure that counts wounds, shots or bullets counts them, not people.

"Kendall is recovering from 3 gunshot wounds" names a harm ("wound" is a word of the injured),
so the figure's slot reads as a count of the injured, and an article's "five others hurt" then
looks contradicted. Three wounds on one man are no count of anyone: the figure's noun is what it
counts, and a count of wounds, shots, bullets or times tells no toll of people.
"""

from __future__ import annotations

from typing import Any

from desktop.core.lexicon.counted_nouns import HIT_COUNT_NOUNS, PEOPLE_TOLLS


def counted_hits(span: Any) -> str:
    """The lemma of the wound, shot or time noun the figure counts, or ""."""
    root = span.root
    if root.dep_ != "nummod" or root.head.pos_ != "NOUN":
        return ""
    lemma = root.head.lemma_.lower()
    return lemma if lemma in HIT_COUNT_NOUNS else ""


def without_people_tolls(span: Any, words: dict[str, float]) -> dict[str, float]:
    """A count of wounds keeps its noun as its slot and loses the tolls of people."""
    noun = counted_hits(span)
    if not noun:
        return words
    return {w: v for w, v in words.items() if w not in PEOPLE_TOLLS} | {noun: 1.0}
