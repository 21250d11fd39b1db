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
from desktop.core.lexicon.labels import ANY_KIND_NOUNS, NUMBERED_NOUN_FORMS, NUMBERED_NOUNS

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


def label_kinds(analysis: Analysis, start: int, end: int) -> frozenset[str]:
    """The numbered nouns whose labels' numerals lie in the run of characters: {"apartment"} for
    "apartment 3" and for "Apt. 3". A label of no kind ("No. 3") gives nothing."""
    kinds: set[str] = set()
    for match in _LABEL.finditer(analysis.document.text, max(0, start - _NOUN_REACH), end):
        a, b = match.span("num")
        noun = match.group("noun").lower()
        if a < end and start < b and noun in NUMBERED_NOUNS and noun not in ANY_KIND_NOUNS:
            kinds.add(NUMBERED_NOUN_FORMS.get(noun, noun))
    return frozenset(kinds)


def two_kinds_labelled(runs: tuple[tuple[Analysis, int, int], tuple[Analysis, int, int]]) -> bool:
    """Both runs are labels, of two kinds of thing: "apartment 3" / "building 8" says which
    apartment on one side and which building on the other. The man may have been shot in
    apartment 3 of building 8, so the two numbers are not one number changed."""
    kinds = [label_kinds(*run) for run in runs]
    return all(kinds) and not (kinds[0] & kinds[1])


# How far before a changed run a label's noun may start: the longest numbered noun ("amendment",
# "battalion") with its "No. " or "#"; the changed run may hold the numeral alone.
_NOUN_REACH = 16
