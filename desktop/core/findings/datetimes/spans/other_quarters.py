"""Figures of two quarters of a company's year: "sales in its fourth quarter rose to $8.4 billion"
/ "In the third quarter it had reported sales of $6.9 billion" give this quarter's sales and the
last one's, never two accounts of one figure, however closely the sentences align. Only when each
sentence names a quarter and none the other names: a sentence that names both ("revenue of $6.2
billion in the third quarter and about $7 billion in the fourth") may tell either figure.
"""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.lexicon.periods import QUARTERS

_QUARTERS = {q: re.compile("|".join(ways), re.I) for q, ways in QUARTERS.items()}


def other_quarters(fa: Fact, left: Analysis, fb: Fact, right: Analysis) -> bool:
    """The two figures' sentences each name a quarter of the year, and no quarter in common."""
    mine, theirs = _quarters(fa, left), _quarters(fb, right)
    return bool(mine) and bool(theirs) and not mine & theirs


def quarters_named(text: str) -> frozenset[int]:
    """The quarters of the year ``text`` names (1-4), in any of the words reports use for them."""
    return frozenset(q for q, pattern in _QUARTERS.items() if pattern.search(text))


def _quarters(fact: Fact, analysis: Analysis) -> frozenset[int]:
    sentence = analysis.sentences[fact.sentence]
    return quarters_named(analysis.document.text[sentence.start : sentence.end])
