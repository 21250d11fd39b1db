"""Numerals that say which one, not how many: "Two deputy constables from Precinct 5 were shot" /
"One Precinct 5 constable's deputy was released" sets two against one, never against 5.

A firearm's bore and a number dialled are such labels too ("a .45-caliber pistol", "a 9mm
handgun", "called 911", "1-800-SPEAK-UP", see ``named_numbers``): they say which kind of gun and
which line was rung, not how many.

English puts a count before its noun ("five precincts") and a label after it ("Precinct 5",
"Route 30", "Apartment 204", "Channel 2"). A numeral that follows a noun of the kind that numbers
its members (``NUMBERED_NOUNS``) is such a label: it names a thing, so it is never a figure of the
story a count in the other article could contradict.
"""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Analysis
from desktop.core.findings.counts.named_numbers import calibres, dialled_numbers
from desktop.core.lexicon.labels import NUMBERED_NOUNS

# The noun, an optional "No." or "#", then the numeral the label is: "Precinct 5", "Unit No. 3",
# "Apt. #204", "Interstate 285". Numerals with a letter ("Apartment 3B") are labels as well.
_LABEL = re.compile(
    r"\b(?P<noun>[A-Za-z][A-Za-z-]*)\.?\s+(?:no\.?\s*|#\s*)?(?P<num>\d+[A-Za-z]?)\b(?![.,]\d)"
)


def numbered_labels(analysis: Analysis) -> tuple[tuple[int, int], ...]:
    """Where the article's labels stand (the numeral's own characters)."""
    return analysis.derived("claims.numbered_labels", _labels)


def _labels(analysis: Analysis) -> tuple[tuple[int, int], ...]:
    text = analysis.document.text
    labels = [
        m.span("num") for m in _LABEL.finditer(text) if m.group("noun").lower() in NUMBERED_NOUNS
    ]
    # "a .45-caliber pistol" says which kind of gun; "called 911" which line was rung
    return tuple(labels + calibres(text) + dialled_numbers(text))


def numbered(analysis: Analysis, offset: int) -> bool:
    """The numeral at ``offset`` is a label ("Precinct 5")."""
    return any(start <= offset < end for start, end in numbered_labels(analysis))


def label_run(analysis: Analysis, start: int, end: int) -> bool:
    """Some label's numeral lies in the run of characters (a swapped "Route 30")."""
    return any(a < end and start < b for a, b in numbered_labels(analysis))
