"""Whether a word can be a word of a person's name.

A name written in Latin letters is spoken, so each of its words carries a vowel letter ("Li",
"Wu", "Lynn"), save the few romanised surnames listed in the lexicon ("Ng"). A vowelless word
("Ch" of "Ch. 4", "Mr", "Pl") is an abbreviation or a cut-off token the tagger read as a name,
and a single letter is an initial: neither names anyone on its own. Words in other scripts are
left alone: the rule is about English spelling.
"""

from __future__ import annotations

import re

from desktop.core.lexicon.people import VOWELLESS_SURNAMES

_LATIN = re.compile(r"[a-z]+")
_VOWEL = re.compile(r"[aeiouy]")


def can_be_name_word(word: str) -> bool:
    """``word`` (folded: lowercase, unaccented) could be a word of a person's name."""
    if not _LATIN.fullmatch(word):
        return True  # another script, a hyphened or numbered word: not this rule's to judge
    if len(word) < 2:
        return False  # an initial
    return word in VOWELLESS_SURNAMES or _VOWEL.search(word) is not None


def has_name_word(words: list[str]) -> bool:
    """A person's name needs at least one word a name can be ("J. Ng", "Ann Lee"; not "Ch")."""
    return any(can_be_name_word(w) for w in words)
