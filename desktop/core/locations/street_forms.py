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
from desktop.core.naming.names import fold

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
    return tuple(ordinal_number(w) for w in words)


_ORDINAL_FIGURE = re.compile(r"(\d+)(?:st|nd|rd|th)")


def ordinal_number(word: str) -> str:
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


def street_key(text: str) -> str | None:
    """A street's name in one spelling for every style, its compass point kept ("West Madison
    Street" and "W. Madison St." alike, "East Madison Street" not), or None for no street."""
    form = street_form(text)
    return " ".join(form) if form is not None else None


def other_compass(a: str, b: str) -> bool:
    """ "North Main Street" / "South Main St.": one street's name after two compass points, which
    are two streets (or two ends of a city) and never one name in two spellings; so are two
    addresses on them ("4500 W. Jefferson Blvd." / "4500 East Jefferson Boulevard"), and two
    quarters of one place ("Northeast D.C." / "Northwest D.C.", "North Philadelphia" / "South
    Philadelphia")."""
    compass = set(STREET_COMPASS.values())
    forms = street_form(_without_number(a)), street_form(_without_number(b))
    if forms[0] is None or forms[1] is None or len(forms[0]) < 3 or len(forms[1]) < 3:
        quarters = _compass_split(a), _compass_split(b)
        return (
            quarters[0] is not None
            and quarters[1] is not None
            and quarters[0][0] != quarters[1][0]
            and quarters[0][1] == quarters[1][1]
        )
    heads = forms[0][0], forms[1][0]
    return heads[0] != heads[1] and heads[0] in compass and heads[1] in compass


def _compass_split(name: str) -> tuple[str, str] | None:
    """ "Northeast D.C." -> ("northeast", "d.c."): a compass point and the name it opens."""
    first, _, rest = fold(name).partition(" ")
    point = STREET_COMPASS.get(first.rstrip("."), first)
    return (point, rest) if rest and point in STREET_COMPASS.values() else None


def _without_number(text: str) -> str:
    """An address's street: "4500 W. Jefferson Blvd." without its house number."""
    first, _, rest = text.partition(" ")
    return rest if first.isdigit() and rest else text
