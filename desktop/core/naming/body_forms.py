"""Two written forms of one body's name: "Central Elections Commission" / "Central Election and
Referendum Commission of Turkmenistan".

A body's name is the noun of its kind (commission, ministry, department) and the words before it
or after "of" that say which one. Reporters write the same name in several forms:

* a word of it in the other number ("Elections Commission" / "Election Commission");
* with the country or state it serves, or without ("... Commission of Turkmenistan", "Turkmen
  ..."): the story has placed it already;
* with or without a further field it covers, joined by "and" ("Election and Referendum
  Commission"): the full title lists what the short one leaves out;
* with its field after the kind noun, joined by "for" or "of" ("Central Commission for
  Elections");
* by the initials of its short form ("CEC" / "Central Election and Referendum Commission": the
  initials leave out the further field and the country, as the short name does).

Take those away from both names: when the noun of its kind and the remaining words that say
which body are the same, the two names are one body. Two different places ("Florida Department
of Corrections" / "Georgia Department of Corrections") say two bodies, and so do two different
words of what it does ("Senate" / "House"): neither is taken away.
"""

from __future__ import annotations

import itertools
from functools import lru_cache

from desktop.core.lexicon import INSTITUTION_HEADS
from desktop.core.lexicon.demonyms import DEMONYMS
from desktop.core.locations.places import is_region
from desktop.core.naming.names import fold

_JOINS = frozenset({"and", "&"})
# Words that open the field a body serves after its kind noun: "Commission of / for Elections".
_FIELD_JOINS = frozenset({"of", "for"})
_FUNCTION = frozenset({"the", "of", "for", "on", "in", "at", "and", "&"})


@lru_cache(maxsize=16384)  # linking asks it of each name against every name of the other side
def body_parts(name: str) -> tuple[str, frozenset[str], frozenset[str], str] | None:
    """(kind noun, words that say which body, places it is named with, initials of its short
    form), or None where the name has no noun of a kind of body at its end or before its field
    ("Commission of ...", "Commission for Elections")."""
    words = fold(name).replace("-", " ").split()
    split = next((i for i, w in enumerate(words) if w in _FIELD_JOINS), len(words))
    before, after = words[:split], words[split + 1 :]
    if not before or _singular(before[-1]) not in _HEADS:
        return None
    head = _singular(before[-1])
    which = _without_member(before[:-1]) + _without_member(after)
    places = {w for w in which if w in DEMONYMS or is_region(w)}
    places |= {f"{a} {b}" for a, b in itertools.pairwise(which) if is_region(f"{a} {b}")}
    inside_places = {w for p in places for w in p.split()}

    def says_which(part: list[str]) -> list[str]:
        return [w for w in _without_member(part) if w not in _FUNCTION and w not in inside_places]

    opening, field = says_which(before[:-1]), says_which(after)
    kept = opening + field
    written = [*opening, head, *field]
    initials = "".join(w[0] for w in written)
    return (
        head,
        frozenset(_singular(w) for w in kept),
        frozenset(DEMONYMS.get(p, p) for p in places),
        initials,
    )


def one_body(a: str, b: str) -> bool:
    """Two names of bodies that differ only in the forms the module lists, or a body's initials
    against its short form ("CEC" / "Central Election and Referendum Commission")."""
    parts_a, parts_b = body_parts(a), body_parts(b)
    if parts_a is None or parts_b is None:
        return _initials_of(a, parts_b) or _initials_of(b, parts_a)
    (head_a, which_a, places_a, _), (head_b, which_b, places_b, _) = parts_a, parts_b
    if head_a != head_b or not which_a or which_a != which_b:
        return False
    return not (places_a and places_b and places_a != places_b)


def _initials_of(short: str, parts: tuple[str, frozenset[str], frozenset[str], str] | None) -> bool:
    """ "cec": one word of letters that spells the initials of the body's short form."""
    letters = fold(short)
    return (
        parts is not None
        and " " not in letters
        and letters.isalpha()
        and len(letters) >= 3
        and letters == parts[3]
    )


def _without_member(words: list[str]) -> list[str]:
    """ "election and referendum" -> "election": the further field a full title adds after
    "and" (up to the end of the words it is given)."""
    for i, word in enumerate(words):
        if word in _JOINS and i > 0:
            return words[:i]
    return words


def _singular(word: str) -> str:
    """ "elections" -> "election"; "press", "news", "forces" as the lexicon spells its heads."""
    if word in INSTITUTION_HEADS or len(word) <= 3 or word.endswith(("ss", "us", "is")):
        return word
    return word[:-1] if word.endswith("s") else word


_HEADS = frozenset(_singular(w) for w in INSTITUTION_HEADS)
