"""A speaker the other article names and places as this one does: "national flood agency
spokesman Budi Santoso" / "Budi Santoso of the National Flood Relief Agency".

A quote only one article has is marked with its speaker's name unless the other article names
that speaker too. A name preceded by a description ("32-year-old protester Paris Kyriakides")
carries more than the name; but where the other article writes the full name and every word of
the description, save the title of one who speaks for a body ("spokesman", "official"), it tells
who speaks and for whom: the quote is one-sided, its speaker is not. A description the other
article lacks ("32-year-old") keeps the speaker's mark. A body's name may open the description
("Trend Micro advanced threat researcher Paul Ferguson") where the other article writes that name
too ("the company's advanced threat researcher Paul Ferguson", Trend Micro named before it).
"""

from __future__ import annotations

import re

from desktop.core.extraction.patterns import compiled
from desktop.core.extraction.text_search import (
    NO_WORD_OR_HYPHEN_BEFORE,
    iter_case_blind_after,
    search_after,
)
from desktop.core.findings import tuning
from desktop.core.lexicon.speakers import OFFICIAL_WORDS


def described_speaker_told(speaker: str, text: str) -> bool:
    """The speaker is a lower-case description before a full name, and ``text`` (the other
    article) writes the name and each word of the description."""
    words = speaker.split()
    start = len(words)
    while start > 0 and words[start - 1][:1].isupper():
        start -= 1
    description, name = words[:start], words[start:]
    if not description or len(name) < tuning.SPEAKER_NAME_MIN_WORDS:
        return False
    body = 0
    while body < len(description) and description[body][:1].isupper():
        body += 1
    if body and not _written(" ".join(description[:body]), text, case=True):
        return False  # "Trend Micro advanced threat researcher ...": the body must be named
    description = description[body:]
    if not description or any(w[:1].isupper() for w in description):
        return False  # a title or a body written as a name: another kind of speaker phrase
    if not _written(" ".join(name), text, case=True):
        return False
    return all(w in OFFICIAL_WORDS or _written(w, text, case=False) for w in description)


def _written(phrase: str, text: str, *, case: bool) -> bool:
    if case:
        pattern = compiled(rf"{re.escape(phrase)}(?![\w-])")
        return search_after(NO_WORD_OR_HYPHEN_BEFORE, pattern, text) is not None
    pattern = compiled(rf"{re.escape(phrase)}(?![\w-])", re.I)
    found = iter_case_blind_after(NO_WORD_OR_HYPHEN_BEFORE, pattern, text, phrase)
    return next(found, None) is not None
