"""A fraction of a word of magnitude, read as one figure: "a quarter of a million people",
"three quarters of a billion dollars", "half a billion euros".

The model tags "A quarter" (or "About a quarter", as a date) and "million" apart, so the count
read 1,000,000 and clashed with the other article's "250,000". The words from the fraction (and
a hedge before it) to the scale, and a currency after it, are one figure; it replaces the pieces
the model tagged inside it.
"""

from __future__ import annotations

import re
from typing import Any

from desktop.core.extraction.facts import RawEntity
from desktop.core.extraction.text_search import iter_case_blind

_CURRENCY = r"(?:\s+(?:euros?|dollars?|pounds?|yen|yuan|rupees?))?"
_FRACTION_OF_SCALE = re.compile(
    r"\b(?:(?:about|around|roughly|nearly|almost|some|more than|over)\s+)?"
    r"(?:half|an?\s+(?:quarter|third)|one\s+(?:quarter|third)|three[\s-]quarters|two[\s-]thirds)"
    r"\s+(?:of\s+)?an?\s+(?:thousand|million|billion|trillion)\b" + _CURRENCY,
    re.IGNORECASE,
)
_MONEY = re.compile(r"euro|dollar|pound|yen|yuan|rupee", re.IGNORECASE)


def fraction_of_scale_figures(
    spacy_doc: Any, text: str, sent_index: dict[int, int], found: list[RawEntity]
) -> list[RawEntity]:
    """``found`` with each fraction of a scale made one figure in place of what lies inside."""
    for match in iter_case_blind(_FRACTION_OF_SCALE, text):
        start, end = match.span()
        span = spacy_doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        if any(r.start < start < r.end or r.start < end < r.end for r in found):
            continue  # a longer entity the model tagged around it ("$250,000 ... a quarter")
        label = "MONEY" if _MONEY.search(match.group(0)) else "CARDINAL"
        found = [r for r in found if not (start <= r.start and r.end <= end)]
        sentence = sent_index.get(span.sent.start, 0)
        found.append(RawEntity(start, end, text[start:end], label, sentence, span))
    found.sort(key=lambda r: r.start)
    return found
