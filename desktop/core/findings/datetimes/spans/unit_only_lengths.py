"""Two lengths of time that share no word but their unit: "we had 45 minutes to change our season"
/ "Leon Varga, on for ten minutes". A unit of time says how a length is measured, never what
lasted: two lengths alike in nothing but the minute are lengths of two things, never one length
told two ways."""

from __future__ import annotations

from desktop.core.extraction.extract import Fact
from desktop.core.lexicon.time_words import TIME_UNITS


def lengths_alike_by_unit_only(a: Fact, b: Fact) -> bool:
    if not (a.key.startswith("duration:") and b.key.startswith("duration:")):
        return False
    shared = a.slot.keys() & b.slot.keys()
    return bool(shared) and shared <= TIME_UNITS
