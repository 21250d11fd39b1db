"""A place the tagger missed, standing where the other article names a place that holds it or
that it holds: "a wedding hall in Bhopal" / "a wedding hall in Madhya Pradesh". The aligned pass
shows two tagged places at two precisions as one place; words read only as a stand-in for the
swap never reach it, so the swap says so itself rather than leave the city a name only one
article gives.
"""

from __future__ import annotations

from desktop.core.extraction.extract import Fact
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.locations.places import is_region, nested
from desktop.core.model import FindingKind, MentionType


def stand_in_nested(fa: Fact, fb: Fact, mine: list[Fact], theirs: list[Fact]) -> Draft | None:
    """The agreement of a stand-in place and the other article's place it lies in (or holds),
    or None when neither is a stand-in or the gazetteer does not nest them."""
    stood_in = not any(f is fa for f in mine) or not any(f is fb for f in theirs)
    if not stood_in or fa.type is not MentionType.PLACE or fb.type is not MentionType.PLACE:
        return None
    # Two regions never nest here ("Washington" the state is no town of another state).
    if (is_region(fa.key) and is_region(fb.key)) or not nested(fa.key, fb.key):
        return None
    return Draft(
        FindingKind.AGREE,
        MentionType.PLACE,
        [fa],
        [fb],
        f"The left says {fa.text!r}, the right {fb.text!r}: one lies in the other, so this is "
        "the same place at a different precision.",
        tuning.NESTED_STAND_IN_CONFIDENCE,
    )
