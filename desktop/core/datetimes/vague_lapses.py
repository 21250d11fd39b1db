"""A time span that is only a vague lapse ("Seconds later", "just a few minutes"): no fact.

The parser tags "Seconds" in "Seconds later he heard a burst of gunfire" as a time; it paces the
narrative between two steps and gives no moment or count that another report could tell or
contradict, so a yellow mark on it would say the other article lacks what no article states. The
words are in lexicon/time_words.py.
"""

from __future__ import annotations

from desktop.core.lexicon.time_words import VAGUE_LAPSE_ENDS, VAGUE_LAPSE_LEADS, VAGUE_LAPSE_UNITS


def vague_lapse(text: str) -> bool:
    """The span is leads, one plural short unit and an optional word of sequence, no figure."""
    words = text.lower().split()
    units = [k for k, w in enumerate(words) if w in VAGUE_LAPSE_UNITS]
    if len(units) != 1:
        return False
    k = units[0]
    ends = words[k + 1 :]
    return all(w in VAGUE_LAPSE_LEADS for w in words[:k]) and (
        not ends or (len(ends) == 1 and ends[0] in VAGUE_LAPSE_ENDS)
    )
