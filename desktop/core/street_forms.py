"""One street in two postal styles: "West Madison Street" / "W. Madison St.", "South Western
Avenue" / "S. Western Ave". A reporter who spells out the compass point and the street's type and
one who abbreviates them (as AP style does with a numbered address) write the same address; a
changed name, compass point or type is another street."""

from __future__ import annotations

from desktop.core.lexicon import STREET_WORDS
from desktop.core.lexicon.name_forms import STREET_COMPASS, STREET_TYPES
from desktop.core.names import fold


def street_form(text: str) -> tuple[str, ...] | None:
    """The words of a street's name with its compass point and type spelled out, or None when
    the words name no street (no street type closes them)."""
    words = fold(text).split()
    if words[:1] == ["the"]:
        words = words[1:]
    if len(words) < 2 or words[-1] not in STREET_WORDS | STREET_TYPES.keys():
        return None
    words[-1] = STREET_TYPES.get(words[-1], words[-1])
    if len(words) > 2:
        words[0] = STREET_COMPASS.get(words[0], words[0])
    return tuple(words)


def one_street(a: str, b: str) -> bool:
    """ "Madison Street" / "Madison St.", "W. Madison St." / "West Madison Street": the same
    street, written out on one side and abbreviated on the other."""
    form = street_form(a)
    return form is not None and form == street_form(b)
