"""A change in a rate told in points: "half a percentage point", "0.25 percentage points",
"50 basis points".

A percentage point is the unit a rate moves by, and a basis point a hundredth of one: "raised
its rate by half a percentage point" and "lifted its rate 50 basis points" tell one change.
Read in percentage points (the dimension ``POINTS``), the two are one figure; read as the bare
numbers the tagger leaves ("half", "50"), they are a share and a count that never meet. The
tagger leaves the unit's two words outside the figure, so they are taken in (``points_after``).
"""

from __future__ import annotations

import re
from typing import Any

from desktop.core.extraction.text_search import any_of
from desktop.core.lexicon.shares import FRACTION_WORDS

POINTS = "points"
# The words of the unit, and the percentage points in one of each.
_UNITS = {"percentage": 1.0, "basis": 0.01}
_POINTS = re.compile(
    r"(?P<hedge>(?:about|around|nearly|almost|roughly|some|more than|less than|at least) )?"
    rf"(?P<amount>\d+(?:\.\d+)?|{any_of(FRACTION_WORDS)}|three-quarters?|quarter|a|one)"
    r"(?: of)?(?: a)?[ -](?:(?P<unit>percentage|basis)[ -])?points?"
)
_LONGEST_GAP = 2  # "of a" between a fraction and its unit: "three-quarters of a percentage point"
# A share of a point with no unit named ("a quarter point", "a half-point") is a share of a
# percentage point: no other point is cut in quarters.
_SHARE_WORDS = frozenset(["quarter", "half", "three-quarter", "three-quarters"])
_POINT_WORDS = frozenset(["point", "points"])


def read_points(raw: str) -> tuple[float, str] | None:
    """The change in percentage points and the hedge before it, or None for no such change."""
    match = _POINTS.fullmatch(raw)
    if match is None:
        return None
    amount, unit = match.group("amount"), match.group("unit") or ""
    if not unit and amount.split()[-1] not in _SHARE_WORDS:
        return None  # "16 points", "a point": a count of points of any kind
    if amount[0].isdigit():
        value = float(amount)
    elif amount in ("a", "one"):
        value = 1.0
    else:
        value = FRACTION_WORDS.get(amount) or (0.75 if amount.startswith("three") else 0.25)
    return value * _UNITS.get(unit, 1.0), (match.group("hedge") or "").strip()


def points_after(doc: Any, end: int, sent_end: int) -> int:
    """The end of the figure with a points unit the tagger left after it ("50" + "basis
    points", "half" + "a percentage point", "quarter" + "point"); ``end`` itself when none
    follows."""
    i = end
    while i < sent_end and i - end < _LONGEST_GAP and doc[i].lower_ in ("of", "a", "-"):
        i += 1
    if i + 1 < sent_end and doc[i].lower_ in _UNITS and doc[i + 1].lower_ in _POINT_WORDS:
        return i + 2
    if i < sent_end and doc[i].lower_ in _POINT_WORDS and doc[end - 1].lower_ in _SHARE_WORDS:
        return i + 1  # "a quarter point", "a half-point"
    return end
