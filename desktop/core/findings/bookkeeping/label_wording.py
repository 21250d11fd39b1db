"""Reasons for two numbers that name a thing rather than count or date it.

A conflict between "case 24-1133" and "case 24-1190" is right, but "Different figures for the same
thing: '1133' / '1190'" tells a journalist neither what the number is of nor the number written.
A label ("Apt. 4", "case 24-1133"), a shotgun's gauge ("a 12-gauge") and a vehicle's model year ("a
2004 Honda Civic") are worded here in the article's own words, with what the number names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings.counts.named_numbers import gauges
from desktop.core.lexicon.labels import (
    ANY_KIND_NOUNS,
    NUMBERED_NOUN_FORMS,
    NUMBERED_NOUNS,
    RECORD_NOUNS,
)
from desktop.core.lexicon.vehicles import VEHICLE_MAKES, VEHICLE_OPENERS


@dataclass(frozen=True)
class Named:
    """A number as the article writes it, with the kind of thing it names."""

    words: str  # "case 24-1133", "12-gauge", "2004 Honda Civic"
    kind: str  # "case", "apartment", "gauge", "model year"; "" for "No. 3" (any kind)


# Kinds that are no label: a "No. 3" may stand for a label of any kind, never for these.
_MEASURES = frozenset(["gauge", "model year"])
# A whole code the changed digits belong to: "24-1133", "3B", "A-12".
_CODE = re.compile(r"[A-Za-z]?\d[\dA-Za-z]*(?:-[\dA-Za-z]+)*")
# The noun before a label's code, with an optional "No." or "#": "case 24-1133", "Apt. No. 4".
_NOUN_BEFORE = re.compile(r"\b(?P<noun>[A-Za-z][A-Za-z-]*)\.?\s+(?:no\.?\s*|#\s*)?$", re.I)
# A model year: a year written right before a vehicle's make ("a 2004 Honda Civic", "a 1998 Ford").
_MODEL_YEAR = re.compile(
    r"(?P<year>(?:19|20)\d\d)\s+(?P<make>[A-Z][A-Za-z-]*)(?P<model>\s+[A-Z0-9][\w-]*)?"
)


def labelled_reason(left: Analysis, a: Fact, right: Analysis, b: Fact) -> str:
    """The reason for two numbers of one named kind told two ways, or "" when either is not such
    a number or the two name different kinds (then another reason fits better)."""
    ours, theirs = _named(left, a), _named(right, b)
    if ours is None or theirs is None:
        return ""
    named = ours, theirs
    kinds = {n.kind for n in named}
    if len(kinds) > 1 and ("" not in kinds or kinds & _MEASURES):
        return ""  # "apartment 3" / "building 8": two things, worded as figures elsewhere
    kind = next((k for k in kinds if k), "")
    words = f"The left says {named[0].words!r}, the right {named[1].words!r}"
    if named[0].words.lower() == named[1].words.lower():
        return ""  # the same words: the difference lies elsewhere; keep the general reason
    if kind == "gauge":
        return f"{words}: two gauges for the one shotgun both describe."
    if kind == "model year":
        return f"{words}: two model years for the one vehicle both describe."
    of = f" {kind}" if kind else ""
    return f"{words}: two numbers for the one{of} both name."


def _named(analysis: Analysis, fact: Fact) -> Named | None:
    text = analysis.document.text
    start, end = _code_span(text, fact.start, fact.end)
    if any(a < end and start < b for a, b in gauges(text)):
        tail = re.match(r"[\s-]?gauge\b", text[end:], re.I)
        return Named(text[start : end + tail.end()] if tail else text[start:end], "gauge")
    year = _MODEL_YEAR.match(text, start)
    if (
        year
        and year.end("year") == end
        and year.group("make").lower() in VEHICLE_MAKES
        and _word_before(text, start) in VEHICLE_OPENERS
    ):
        return Named(year.group(0), "model year")
    before = _NOUN_BEFORE.search(text, max(0, start - _NOUN_REACH), start)
    if before is None:
        return None
    noun = before.group("noun").lower()
    if noun not in NUMBERED_NOUNS and noun not in RECORD_NOUNS:
        return None
    kind = "" if noun in ANY_KIND_NOUNS else NUMBERED_NOUN_FORMS.get(noun, noun)
    return Named(text[before.start() : end], kind)


def _word_before(text: str, start: int) -> str:
    words = re.findall(r"[A-Za-z]+", text[max(0, start - _CODE_REACH) : start])
    return words[-1].lower() if words else ""


def _code_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The whole code the changed characters lie in: "1133" widens to "24-1133"."""
    for match in _CODE.finditer(text, max(0, start - _CODE_REACH), end + _CODE_REACH):
        if match.start() <= start and end <= match.end():
            return match.span()
    return start, end


# How far a label's noun may stand before its code: the longest numbered noun ("amendment",
# "battalion") with its "No. " or "#" (as numbered._NOUN_REACH); no bench figure set it.
_NOUN_REACH = 16
# How far a code may run on either side of its changed digits ("2024-000113" around "113"): a
# case or report number's length; no bench figure set it.
_CODE_REACH = 16
