"""A deed told by a phrasal verb, read as the one word the other article may use for it.

"laid off" and "let go from his job" say "dismissed" in two or three words, none of which
another wording shares; alignment compares content words, so the verb is read as the deed.
"""

from __future__ import annotations

from desktop.core.extraction.parse_cache import TokenRows
from desktop.core.lexicon.deeds import PHRASAL_DEEDS

# Asked of every content word of both articles: most are no phrasal verb, and go at one look.
_VERBS = frozenset(verb for verb, _, _ in PHRASAL_DEEDS)


def phrasal_deed(rows: TokenRows, i: int, end: int) -> str | None:
    """The deed the verb at token ``i`` tells with the words after it (before ``end``), if any."""
    lemma = rows.lemma[i].lower()
    if lemma not in _VERBS:
        return None
    for verb, after, deed in PHRASAL_DEEDS:
        if lemma != verb or i + len(after) >= end:
            continue
        if all(rows.lower[i + 1 + k] == word for k, word in enumerate(after)):
            return deed
    return None
