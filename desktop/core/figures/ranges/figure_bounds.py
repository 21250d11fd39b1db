"""A figure's bound the parser left outside its entity: "less than 25 km (15 miles)" is tagged "25
km".

Read without its bound, "less than 25 km (15 miles)" is a plain 15 miles, and clashes with the
other article's "10 miles". The words right before the figure are taken into it when they bound it.
"""

from __future__ import annotations

from typing import Any

from desktop.core.extraction.parse_cache import sentence_bounds
from desktop.core.figures.ranges.stretch_overs import with_bounding_over
from desktop.core.lexicon.bounds import LEADING_BOUNDS

# Entity labels of figures a bound can belong to.
_BOUNDED_LABELS = frozenset(["CARDINAL", "QUANTITY", "MONEY", "PERCENT"])
_LONGEST = max(len(phrase) for phrase in LEADING_BOUNDS)


def _figure(word: str, like_num: bool) -> bool:
    """A number, or digits written on to their unit ("2.7GHz", "16GB"), which the tokenizer
    keeps one word that does not look like a number."""
    return like_num or (word[:1].isdigit() and word.rstrip(_UNIT_LETTERS)[-1:].isdigit())


_UNIT_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def with_leading_bound(span: Any, label: str) -> Any:
    """The span, widened over a bound right before it; the span itself when there is none."""
    if label not in _BOUNDED_LABELS or not span or not _figure(span[0].text, span[0].like_num):
        return span
    doc, start = span.doc, span.start
    sent_start = sentence_bounds(doc, start)[0]
    for size in range(_LONGEST, 0, -1):
        first = start - size
        if first < sent_start:
            continue
        words = tuple(t.lower_ for t in doc[first:start])
        if words in LEADING_BOUNDS and not any("\n" in t.whitespace_ for t in doc[first:start]):
            return doc[first : span.end]
    return with_bounding_over(span)  # "played over 300 games"
