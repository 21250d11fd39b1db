"""Short forms of a name that keep the head of each of its words: "Mat Maid" or "Mat-Maid" /
"Matanuska Maid", "LiLo" / "Lindsay Lohan", "A-Rod" / "Alex Rodriguez".

English shortens a name by keeping the head of each of its words, in order: each piece opens the
word it stands for, one piece a word, and at least one piece is shorter than its word. Written
apart, the short form keeps its last word whole (the family name, or the kind of thing: "Mat
Maid") and each cut word at least a syllable (``tuning.CLIPPED_WORD_MIN_LETTERS``): "Sam
Smith" is "Samantha Smith" under one surname, never "Samantha Jones", and "Jo Smith" is no
"John Smith" by letters alone. A blend joins the pieces into one word, each set off by its
capital or a hyphen ("LiLo", "Mat-Maid", "A-Rod"): a made name no one bears by birth, so its
pieces may be as short as a letter, and its last piece is cut too. The long form is a name of
two words or more, each capitalised. "Mo Farah" is no "Maurice Cheeks": "Mo" does not open
"Maurice", and "Farah" is not "Cheeks".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from desktop.core.naming.names import bare_name

# A blend: capitalised pieces, each set off by its capital or a hyphen ("LiLo", "Mat-Maid").
_BLEND = re.compile(r"[A-Z][a-z]*(?:-?[A-Z][a-z]*)+")
# ... standing as a word of its own in running text.
BLEND_WORD = re.compile(rf"(?<![\w'’-]){_BLEND.pattern}(?![\w'’-])")
# Capitals side by side are initials ("NYPD"), read by told_names._by_initials, not a blend.
_INITIALS = re.compile(r"[A-Z]{2}")
_PIECE = re.compile(r"[A-Z][a-z]*")
# A name of capitalised words, the long form a short one is cut from.
_WORD = re.compile(r"[A-Z][a-z'’]+")


@dataclass(frozen=True, slots=True)
class ShortForm:
    pieces: tuple[str, ...]
    blend: bool  # one word of joined pieces, not words written apart


# Names met in one comparison: every name of one side is tried against every name of the other
# (naming.link, findings.names), so the same few hundred strings are read tens of thousands of
# times. The functions below are pure functions of their strings; their caches are bounded.
_CACHED_NAMES = 65536


@lru_cache(maxsize=_CACHED_NAMES)
def short_form(text: str) -> ShortForm | None:
    """The pieces of a name that may be a short form: a blend, or two words or more each
    capitalised, read as written."""
    words = bare_name(text).split()
    if len(words) == 1 and _BLEND.fullmatch(words[0]) and not _INITIALS.search(words[0]):
        return ShortForm(tuple(_PIECE.findall(words[0])), blend=True)
    if len(words) >= 2 and all(_WORD.fullmatch(w) for w in words):
        return ShortForm(tuple(words), blend=False)
    return None


@lru_cache(maxsize=_CACHED_NAMES)
def cut_from(short: ShortForm, long: tuple[str, ...]) -> bool:
    """Each piece opens the long name's word in its place and one piece at least is shorter."""
    if len(short.pieces) != len(long) or not all(_WORD.fullmatch(w) for w in long):
        return False
    if not any(len(p) < len(w) for p, w in zip(short.pieces, long, strict=True)):
        return False
    for i, (piece, word) in enumerate(zip(short.pieces, long, strict=True)):
        if not word.lower().startswith(piece.lower()):
            return False
        if short.blend:
            continue
        last = i == len(long) - 1
        if last and piece.lower() != word.lower():
            return False
        if not last and piece != word and len(piece) < _min_letters():
            return False
    return True


@lru_cache(maxsize=_CACHED_NAMES)
def cut_alike(a: str, b: str) -> bool:
    """One name is a short form cut from the other's words, either way round."""
    return any(
        (short := short_form(x)) is not None and cut_from(short, tuple(bare_name(y).split()))
        for x, y in ((a, b), (b, a))
    )


def _min_letters() -> int:
    from desktop.core.findings import tuning  # the stage's thresholds; imported late, as a cycle

    return int(tuning.CLIPPED_WORD_MIN_LETTERS)
