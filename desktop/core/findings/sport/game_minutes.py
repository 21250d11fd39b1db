"""A minute of play told loosely: "the goal came in the 90th minute" / "in the final minute",
"in the 88th minute" / "in the dying minutes", "the first minute" / "the opening minute". A
minute placed by the game's start or end is no numbered minute, so it never clashes with one;
two numbered minutes ("the 78th minute" / "the 60th minute") still do."""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Fact
from desktop.core.lexicon.game_periods import LOOSE_MINUTE_WORDS

_MINUTE = re.compile(r"(?P<word>[\w-]+)\s+minutes?\b", re.I)
_NUMBERED = re.compile(r"\d+(?:st|nd|rd|th)?", re.I)


def loose_minute(a: Fact, b: Fact) -> bool:
    """One of the two minutes is placed by a word of the game's start or end, and the other is
    a minute too."""
    words = _minute_word(a.text), _minute_word(b.text)
    if not all(words):
        return False
    return any(w in LOOSE_MINUTE_WORDS for w in words)


def _minute_word(text: str) -> str:
    """The word that says which minute ("90th", "final"), lowercase, or ""."""
    match = _MINUTE.search(text)
    if match is None:
        return ""
    word = match.group("word").lower()
    return word if _NUMBERED.fullmatch(word) or word in LOOSE_MINUTE_WORDS else ""
