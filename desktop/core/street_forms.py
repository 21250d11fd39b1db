"""One street in two postal styles: "West Madison Street" / "W. Madison St.", "South Western
Avenue" / "S. Western Ave", "Fifth Street" / "5th St.". A reporter who spells out the compass
point, the street's type or a numbered street's ordinal and one who abbreviates them (as AP style
does with a numbered address, and writes "First" to "Ninth" as words) write the same address; a
changed name, number, compass point or type is another street."""

from __future__ import annotations

import re
from functools import lru_cache

from desktop.core.lexicon import ORDINAL_WORDS, STREET_WORDS
from desktop.core.lexicon.name_forms import STREET_COMPASS, STREET_TYPES
from desktop.core.names import fold

_STREET_CLOSERS = STREET_WORDS | STREET_TYPES.keys()  # joined once, not per name read


@lru_cache(maxsize=65536)  # each place is set against every place of the other side
def street_form(text: str) -> tuple[str, ...] | None:
    """The words of a street's name with its compass point and type spelled out, or None when
    the words name no street (no street type closes them)."""
    words = fold(text).split()
    if words[:1] == ["the"]:
        words = words[1:]
    if len(words) < 2 or words[-1] not in _STREET_CLOSERS:
        return None
    words[-1] = STREET_TYPES.get(words[-1], words[-1])
    if len(words) > 2:
        words[0] = STREET_COMPASS.get(words[0], words[0])
    return tuple(_ordinal(w) for w in words)


_ORDINAL_FIGURE = re.compile(r"(\d+)(?:st|nd|rd|th)")


def _ordinal(word: str) -> str:
    """ "fifth" and "5th" as one word: "5"."""
    if word in ORDINAL_WORDS:
        return str(ORDINAL_WORDS[word])
    match = _ORDINAL_FIGURE.fullmatch(word)
    return match.group(1) if match else word


def one_street(a: str, b: str) -> bool:
    """ "Madison Street" / "Madison St.", "W. Madison St." / "West Madison Street": the same
    street, written out on one side and abbreviated on the other."""
    form = street_form(a)
    return form is not None and form == street_form(b)
