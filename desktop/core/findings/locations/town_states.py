"""A town both articles name, written by one of them with a state it does not lie in.

"a transfer from a prison unit in Huntsville" under "Texas prisoner captured" / "his transport
from Huntsville, California": the gazetteer knows no Huntsville in California, and knows one in
Texas, the state the other article gives. Both articles name the same town, so they place it,
and the story, in two states. Compared only at one rank (a state against a state, a country
against a country), only when the other article never names the state the town is written
with, and only for towns the gazetteer knows: a town it does not know may lie anywhere.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.locations.places import is_region, region_rank, regions_of
from desktop.core.model import FindingKind, MentionType, Side

# What stands between a town and the region it lies in: "Huntsville, Texas", "Bandar Abbas in Iran".
_TOWN_REGION_JOINS = frozenset({",", "in"})


def town_state_conflicts(left: Analysis, right: Analysis, ledger: Ledger) -> list[Draft]:
    drafts = []
    for side, mine, other in ((Side.LEFT, left, right), (Side.RIGHT, right, left)):
        for town, written in _towns_with_regions(mine):
            free = ledger.free(side.other, other.facts)
            theirs = _told_elsewhere(town, written, mine, other, free)
            # Every mention of the state the town is wrongly written with.
            ours = ledger.free(side, [f for f in mine.facts if f.key == written.key])
            if theirs is None or not ours:
                continue
            a, b = (theirs, ours) if side is Side.RIGHT else (ours, theirs)
            ledger.judge("town state", a, b)
            drafts.append(
                Draft(
                    FindingKind.CONFLICT,
                    MentionType.PLACE,
                    a,
                    b,
                    f"Both articles name {town.text!r}, but the left places it in {a[0].text!r} "
                    f"and the right in {b[0].text!r}; no {town.text} the gazetteer knows lies in "
                    f"{written.text!r}.",
                    tuning.TOWN_STATE_CONFIDENCE,
                )
            )
    return drafts


def _towns_with_regions(analysis: Analysis) -> list[tuple[Fact, Fact]]:
    """ "Huntsville, California", "Bandar Abbas in Russia": a town the gazetteer knows, then a
    comma or "in" and a region it places the town in nowhere. "In" between a town and a region
    says where the town lies, as the comma does."""
    text = analysis.document.text
    places = sorted(
        (f for f in analysis.facts if f.type is MentionType.PLACE), key=lambda f: f.start
    )
    out = []
    for town, region in itertools.pairwise(places):
        if (
            town.sentence == region.sentence
            and text[town.end : region.start].strip() in _TOWN_REGION_JOINS
            and is_region(region.key)
            and not is_region(town.key)
            and regions_of(town.key)
            and region.key.partition(":")[2] not in regions_of(town.key)
        ):
            out.append((town, region))
    return out


def _told_elsewhere(
    town: Fact, written: Fact, mine: Analysis, other: Analysis, free: Sequence[Fact]
) -> list[Fact] | None:
    """The other article's mentions of the one region of the written one's rank it names and the
    gazetteer puts the town in, when it names the town too and never the written region."""
    keys = {f.key for f in other.facts}
    if town.key not in keys or written.key in keys:
        return None
    rank = region_rank(written.key)
    holding = {
        f.key
        for f in free
        if f.type is MentionType.PLACE
        and is_region(f.key)
        and region_rank(f.key) == rank
        and f.key.partition(":")[2] in regions_of(town.key)
    }
    if len(holding) != 1:
        return None
    if any(f.key in holding for f in mine.facts):
        return None  # the article gives that state itself too: it says the town is in both
    return [f for f in free if f.key in holding]
