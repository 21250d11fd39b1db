"""Quantities told by a word of an order of magnitude: "dozens of homes", "tens of thousands of
people".

The "of" after such a word opens what it counts, as "of" after "a dozen" does; it is not the
"of" of a part taken from a whole ("eight of the 10 crew"). With a determiner after it, "dozens
of the homes", "hundreds of them", it is a part again: the sentence names the whole.
"""

from __future__ import annotations

from typing import Any

from desktop.core.figures.numbers.group_counts import counted_by_group
from desktop.core.lexicon.counted_nouns import GROUP_COUNTS, ORDER_WORDS, WHOLE_WORDS


def counts_what_follows(span: Any) -> bool:
    """The figure is an order-of-magnitude word whose "of" opens the noun it counts."""
    doc = span.doc
    if len(span) == 0 or span.end + 1 >= len(doc):
        return False
    if span[-1].lower_ in GROUP_COUNTS:
        return counted_by_group(span[-1]) is not None  # "a pair of left hooks"
    if span[-1].lower_ not in ORDER_WORDS:
        return False
    return doc[span.end].lower_ == "of" and doc[span.end + 1].lower_ not in WHOLE_WORDS
