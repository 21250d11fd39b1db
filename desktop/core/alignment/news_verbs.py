"""A news verb read as the word its synonyms share, so reworded sentences pair.

Alignment compares content words; "hurled" and "threw", "fought pitched battles" and "clashed",
"progressed through" and "spread through", "made to leave their homes" and "evacuated" tell one
happening in words that share nothing (lexicon/news_verbs.py says which and why).
"""

from __future__ import annotations

from desktop.core.extraction.parse_cache import TokenRows
from desktop.core.lexicon.news_verbs import (
    COMPELLED,
    EVACUATE_WORD,
    LEFT_PLACE_REACH,
    LEFT_PLACES,
    NEWS_VERB_SETS,
    PATH_REACH,
    SPREAD_PATHS,
    SPREAD_WORD,
    SPREADING_VERBS,
)

_SHARED: dict[str, str] = {
    word: shared for shared, words in NEWS_VERB_SETS.items() for word in words
}


def news_verb(rows: TokenRows, i: int, start: int, end: int) -> str | None:
    """The shared word for token ``i`` of the sentence ``start``..``end``, if it has one."""
    lemma = rows.lemma[i].lower()
    if lemma in _SHARED:
        return _SHARED[lemma]
    if lemma in SPREADING_VERBS and rows.pos[i] == "VERB":
        after = rows.lower[i + 1 : min(end, i + 1 + PATH_REACH)]
        return SPREAD_WORD if SPREAD_PATHS.intersection(after) else None
    if lemma == "leave" and i - 2 >= start and (rows.lower[i - 2], rows.lower[i - 1]) in COMPELLED:
        places = rows.lemma[i + 1 : min(end, i + 1 + LEFT_PLACE_REACH)]
        return EVACUATE_WORD if LEFT_PLACES.intersection(p.lower() for p in places) else None
    return None
