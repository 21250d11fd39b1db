"""A street address: a house number and a street, "2100 N. Broadway", "1600 Pennsylvania
Avenue", "55 Elm St.". The house number is part of the place, never a count, and the street is
written out or abbreviated as in any street's name ("N. Broadway" / "North Broadway"): one
address in two styles is one place, another house number or street another address. Only a
number after a word that places something ("at", "to", "near") and a street that says it is one,
by a compass point before its name or a street type after it, reads as an address: "in 2019
North Korea" is a year."""

from __future__ import annotations

import re
from functools import lru_cache

from desktop.core.lexicon import STREET_WORDS
from desktop.core.lexicon.name_forms import STREET_COMPASS, STREET_TYPES
from desktop.core.locations.street_forms import ordinal_number
from desktop.core.naming.names import fold

_COMPASS = (
    r"(?:[NSEW]|NE|NW|SE|SW)\.?|North|South|East|West|Northeast|Northwest|Southeast|Southwest"
)
_TYPES = "|".join(
    sorted({w.title() for w in STREET_WORDS | STREET_TYPES.keys()}, key=len, reverse=True)
)
_NAME = r"(?:[A-Z][a-z]+|\d+(?:st|nd|rd|th))"
_ADDRESS = re.compile(
    rf"\b(?:at|to|near|outside)\s+(?P<address>\d{{1,5}}\s+"
    rf"(?:(?:{_COMPASS})\s+{_NAME}(?:\s+[A-Z][a-z]+)?(?:\s+(?:{_TYPES})\b)?"
    rf"|{_NAME}(?:\s+[A-Z][a-z]+)?\s+(?:{_TYPES})\b))"
)


@lru_cache(maxsize=16)  # the two articles of a comparison, read entity by entity
def addresses_in(text: str) -> tuple[tuple[int, int], ...]:
    """Where each street address of the text stands, an abbreviated type's full stop with it
    ("55 Elm St.")."""
    found = []
    for match in _ADDRESS.finditer(text):
        end = match.end("address")
        last = fold(match.group("address")).split()[-1]
        if text[end : end + 1] == "." and last in STREET_TYPES:
            end += 1
        found.append((match.start("address"), end))
    return tuple(found)


def address_key(text: str) -> str | None:
    """The address in one spelling for every style: "2100 north broadway" for "2100 N.
    Broadway" and "2100 North Broadway"; None when the words are no address."""
    words = fold(text).split()
    if len(words) < 2 or not words[0].isdigit():
        return None
    street = words[1:]
    if len(street) > 1:
        street[0] = STREET_COMPASS.get(street[0], street[0])
        street[-1] = STREET_TYPES.get(street[-1], street[-1])
    return " ".join([words[0], *(ordinal_number(w) for w in street)])


def on_its_street(a: str, b: str) -> bool:
    """ "212 north main street" / "north main street" (place keys): an address and the street it
    lies on, one place told at two precisions."""
    for address, street in ((a, b), (b, a)):
        number, _, rest = address.partition(" ")
        if number.isdigit() and rest == street:
            return True
    return False
