"""A name told shorter: the clipping that keeps the head of a surname ("Heff" of "Hefner").

An English clipping keeps the first syllable of the word and may double its last consonant to
keep the vowel short in spelling ("Heff" of "Hefner", "Fitz" of "Fitzgerald"). A clipped name is
the same person told less fully, never a second spelling of the name.
"""

from __future__ import annotations

# The shortest clipping: two letters are an initialism or a particle ("Mc", "De"), not a syllable.
_SHORTEST_CLIPPING = 3
_VOWELS = "aeiouy"


def clipping_of(short: str, full: str) -> bool:
    """``short`` (folded) is a clipping of the name word ``full`` (folded)."""
    if len(short) < _SHORTEST_CLIPPING or len(short) >= len(full):
        return False
    if full.startswith(short):
        return _a_syllable(full[len(short) :])
    # "heff" of "hefner": the doubled final consonant of the spelling, single in the full name.
    undoubled = short[:-1] if short[-1] == short[-2] and short[-1] not in _VOWELS else short
    return undoubled != short and full.startswith(undoubled) and _a_syllable(full[len(undoubled) :])


def _a_syllable(cut: str) -> bool:
    """A clipping drops at least a syllable, so what it cuts off holds a sounded vowel: "Marshal"
    / "Marshall" differ by a letter, and "Lorn" / "Lorne" by a silent final e: spellings, not
    clippings."""
    if cut.endswith("e") and (len(cut) == 1 or cut[-2] not in _VOWELS):
        cut = cut[:-1]
    return any(c in _VOWELS for c in cut)


def told_clipped(a: str, b: str) -> bool:
    """One of two names (folded) is one word, a clipping of the other's surname: "heff" /
    "hugh hefner"."""
    a_words, b_words = a.split(), b.split()
    if not a_words or not b_words:
        return False
    return (len(a_words) == 1 and clipping_of(a_words[0], b_words[-1])) or (
        len(b_words) == 1 and clipping_of(b_words[0], a_words[-1])
    )
