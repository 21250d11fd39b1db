"""Where a page names who wrote the story or took its pictures: bylines, picture credits and
author notes. Names there are the page's credits, not people in the story."""

from __future__ import annotations

import re

from desktop.core.extraction.author_notes import author_notes
from desktop.core.extraction.text_search import WORD_BOUNDARY, iter_after, iter_in_cued_lines
from desktop.core.locations.places import is_known_place

# Where a page names who wrote the story or took its pictures: "By Dana Reed" on a line of its
# own, "(Photo: Dana Reed, KXYZ News)", "AP Photo/Dana Reed", "DNAinfo/Dana Reed". Such a name is
# the page's credit, not a person in the story: two outlets' reporters are never a conflict.
_CREDITS = re.compile(
    r"^[ \t]*(?:By|BY|Posted by|Written by|Reported by)[ \t]+[A-Z][^\n]{0,80}$"
    r"|\b(?:Photo|Photos|Photograph|Image|Picture|Credit|Video)s?[ \t]*(?:by|:)[ \t]*[^\n)]{1,80}"
    r"|\b(?P<outlet>[A-Z][\w.&-]*)/[A-Z][\w.'-]+(?:[ \t][A-Z][\w.'-]+){0,3}",
    re.MULTILINE,
)


# What each credit holds: its opening words, a picture's word, or the slash. A credit lies inside
# one line, so only the lines holding one of these are read.
_CREDIT_CUES = re.compile(
    r"/|By|BY|Posted by|Written by|Reported by|Photo|Image|Picture|Credit|Video"
)


def credits(text: str) -> list[tuple[int, int]]:
    """Offsets of bylines, picture credits and author notes: names there are not in the story."""
    return [
        m.span()
        for m in iter_in_cued_lines(_CREDITS, _CREDIT_CUES, text)
        if not (m.group("outlet") and is_known_place(m.group("outlet")))  # "Chicago/South Shore"
    ] + author_notes(text)


# "Joe Raedle/Getty Images", "Dana Reed /Staff": a picture credit that puts the photographer's
# full name before the agency, the other way round from "AP Photo/Dana Reed".
_TAKERS = re.compile(  # after a word boundary, checked where a capital stands
    r"(?P<taker>[A-Z][\w.'-]+(?:[ \t][A-Z][\w.'-]+){1,2})[ \t]?/[ \t]?[A-Z][\w.&'-]+"
    r"(?:[ \t][A-Z][\w.&'-]+){0,3}"
)


def picture_takers(text: str) -> list[tuple[int, int]]:
    """Offsets of credits that name the photographer before the agency: not in the story."""
    return [
        m.span()
        for m in iter_after(WORD_BOUNDARY, _TAKERS, text)
        if not is_known_place(m.group("taker"))
    ]
