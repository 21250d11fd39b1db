"""A place name standing alone between quotation marks is a title, not a place: 'the period
drama "Australia"', 'the song "Philadelphia"', 'the novel "Chicago"'.

A writer who tells where something happens never quotes the place's name; quotation marks around
nothing but the name set it off as the name of a work (a film, a book, a song, a show). Marks
around more than the name ('"We love Paris," she said') are a quote, and the place in it is
read as before.
"""

from __future__ import annotations

import re

# An opening mark right before the name, and a closing one right after it (a comma or a full
# stop may stand inside: "Australia," in American style); never an apostrophe of the possessive
# ("Australia's").
_OPENS = re.compile(r"[\"“‘']\s*$")
_CLOSES = re.compile(r"^[,.!?]?[\"”’'](?![A-Za-z])")


def quoted_alone(text: str, start: int, end: int) -> bool:
    """The words ``text[start:end]`` fill a pair of quotation marks on their own."""
    return bool(_OPENS.search(text[max(0, start - 2) : start]) and _CLOSES.match(text[end:]))
