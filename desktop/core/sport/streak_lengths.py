"""The length of a run told by an ordinal and a word of a streak: "16th straight" is 16 in a
row, "eighth consecutive" eight (``streak_ordinals`` finds such words; ``values`` reads them as a
count, not as a place in an order)."""

from __future__ import annotations

import re

from desktop.core.lexicon import ORDINAL_WORDS
from desktop.core.lexicon.games import STREAK_WORDS

_STREAK = "|".join(sorted(STREAK_WORDS))
# "16th straight", "eighth consecutive": the words of such a run, as ``streak_ordinals`` spans them.
_STREAK_ORDINAL = re.compile(rf"(?:(\d+)(?:st|nd|rd|th)|([a-z]+))\s+(?:{_STREAK})")


def streak_length(raw: str) -> int | None:
    """The length of the run an ordinal and its streak word tell ("16th straight": 16), in
    lower case; None for any other words. "first straight" ends no run of more than one."""
    match = _STREAK_ORDINAL.fullmatch(raw)
    if match is None:
        return None
    digits, word = match.groups()
    length = int(digits) if digits else ORDINAL_WORDS.get(word)
    return length if length is not None and length > 1 else None
