"""A figure that ends in "percent" is a share, whatever label the tagger gave it: the small model
reads "sustained between 40 and 80 percent damage" as a date, and a date that reads as no day is
dropped, so the share went unreported and could contradict nothing ("40 percent to 70 percent
of the buildings")."""

from __future__ import annotations

from typing import Any

from desktop.core.lexicon.counted_units import PERCENT_WORDS

# Labels the tagger gives a share by mistake; a name's label is never overturned by its last word.
_MISREAD = frozenset(["DATE", "TIME", "CARDINAL", "QUANTITY"])


def percent_label(span: Any, label: str) -> str:
    """ "PERCENT" for a misread share: a span of figures closing on a word of percent, one of whose
    words is a figure ("between 40 and 80 percent", "nearly half a percent" is left alone)."""
    if label not in _MISREAD or len(span) < 2:
        return label
    last = span[-1].lower_
    if last not in PERCENT_WORDS or (last == "cent" and span[-2].lower_ != "per"):
        return label
    return (
        "PERCENT" if any(t.like_num and any(c.isdigit() for c in t.text) for t in span) else label
    )
