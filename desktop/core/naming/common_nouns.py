"""Capitalised words the small model reads as names where the article itself shows them to be
common nouns: "Gunfire was reported" in a story that speaks of "the gunfire", "Hit-and-run crash
leaves ..." in one that says the car "hit" her, "at the Bank" where the article also writes "the
bank employees". A copy editor reads the article's own lower-case use of the word as proof that
the capital is only the head of a sentence, a headline's style or a writer's emphasis; no yellow
mark, no person and no place should come of it.

A word that is part of a longer name in the article ("Kimani Gray" and "a gray car"), a person
with a title ("Mayor Rice") or one who speaks ("Rose said") stays a name, and so does any
organisation: newspapers and bodies go by common words ("The Post", "the Times").
"""

from __future__ import annotations

import re

from desktop.core.extraction.facts import Fact
from desktop.core.naming.names import fold

_LABELS = frozenset({"PERSON", "GPE", "LOC", "FAC"})
# A person's marks after the word: an age ("Hunter, 34,") or a reporting verb ("Rose said").
_PERSON_MARKS = re.compile(
    r"\s*(?:,\s*\d{1,3}\s*,|,?\s*(?:said|says|told|added|explained|wrote)\b)"
)


def without_common_nouns(facts: list[Fact], text: str) -> list[Fact]:
    """The facts less the one-word names this article also writes as a common noun."""
    # Words of a longer name, and words a person's marks go with anywhere in the article.
    names = {w for f in facts if len(f.text.split()) > 1 for w in fold(f.text).split()}
    names |= {fold(_bare(f.text)) for f in facts if f.title or _PERSON_MARKS.match(text, f.end)}
    lowered = set(re.findall(r"(?<![\w'’-])[a-z][a-z]+(?![\w'’-])", text))
    return [f for f in facts if not _common_noun(f, names, lowered)]


def _common_noun(fact: Fact, names: set[str], lowered: set[str]) -> bool:
    if fact.label not in _LABELS:
        return False
    word = _bare(fact.text)
    if not re.fullmatch(r"[A-Z][a-z]{2,}", word):
        return False
    low = word.lower()
    if low in names:
        return False
    return bool({low, low + "s", low + "es", low.removesuffix("s")} & lowered)


def _bare(text: str) -> str:
    return re.sub(r"^(?:the|a|an)\s+", "", text.strip(), flags=re.I)
