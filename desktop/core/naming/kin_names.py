"""A person named by a given name alone as someone's kin: "Duarte's sister Marisal", "his
brother, Tomas" (the kin noun and the family it ties the name to), and the kin noun written
beside a full name: "Marisol Duarte, sister of the man shot by police".

A reporter who writes "Duarte's sister Marisal" names a member of the Duarte family by her given
name, as English leaves out a surname the possessive has just given; and two articles that call
one given name, spelt two ways, the same kin of the same family speak of one person
(``findings/names/given_spellings.py``).
"""

from __future__ import annotations

import re

from desktop.core.lexicon import KINSHIP_NOUNS
from desktop.core.naming.names import fold

_KIN = "|".join(sorted((re.escape(k) for k in KINSHIP_NOUNS), key=len, reverse=True))
# How far before or after a name its kin noun is looked for: the few words of "Duarte's younger
# sister" or ", the sister of"; no bench figure moves with it.
_WINDOW = 40
# "Duarte's sister Marisal", "Duarte's younger sister, Marisal": a possessive name, at most one
# word between it and the kin noun, the given name right after.
_OWNED_KIN = re.compile(
    rf"\b(?P<owner>[A-Z][\w'-]*)['\u2019]s\s+(?:[a-z-]+\s+)?(?P<kin>{_KIN}),?\s+$"
)
# "his sister Marisal", "her brother, Tomas": the kin noun of someone the sentence names.
_PRONOUN_KIN = re.compile(rf"\b(?:his|her|their)\s+(?:[a-z-]+\s+)?(?P<kin>{_KIN}),?\s+$", re.I)
# "Marisol Duarte, sister of", "Marisol Duarte, the younger sister of": the apposition after a name.
_KIN_AFTER = re.compile(rf"^\s*,\s+(?:the\s+|a\s+)?(?:[a-z-]+\s+)?(?P<kin>{_KIN})\s+of\b")


def kin_family(text: str, start: int, surnames: frozenset[str]) -> str:
    """The folded surname a lone given name at ``start`` inherits from the possessive before it
    ("Duarte's sister Marisal": "duarte"), when that possessive is a surname of a person the
    article names in full (``surnames``); else ""."""
    found = _OWNED_KIN.search(text[max(0, start - _WINDOW) : start])
    if found is None:
        return ""
    owner = fold(found["owner"])
    return owner if owner in surnames else ""


def kin_nouns(text: str, start: int, end: int) -> frozenset[str]:
    """The kin nouns written right beside a name: before it ("Duarte's sister", "his brother") or
    in the apposition after it ("Marisol Duarte, sister of")."""
    before = text[max(0, start - _WINDOW) : start]
    after = text[end : end + _WINDOW]
    found = [
        m["kin"].lower()
        for m in (_OWNED_KIN.search(before), _PRONOUN_KIN.search(before), _KIN_AFTER.search(after))
        if m is not None
    ]
    return frozenset(found)
