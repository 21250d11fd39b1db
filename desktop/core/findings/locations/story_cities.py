"""The city each article tells its story in, compared across the articles.

"riot police fired teargas ... in Athens", "marching through central Athens", "the Athens metro" /
"a police station in central Manchester", "a sit-down demonstration in Manchester": a news story
happens in one city, and an article that keeps coming back to one city, putting things "in" it,
tells the story there. When each article names one town more often than any other, at least
``tuning.STORY_CITY_MENTIONS`` times and once as where something is ("in", "at", "near"), the two
towns differ, are not one scene (one lying in the other, or a suburb and its city), and neither
article names the other's town anywhere, not even inside another name ("the Athens metro"), the
two articles tell the story in two cities. An article that names the other's city at all (a
reaction there, a victim's home town) leaves room for both, and nothing is said. So does an
article that names both towns' countries ("Iranian earthquake tremor hits Dubai", "local UAE
academics"): it tells an event in one country and what it did in the other.
"""

from __future__ import annotations

import re
from collections import Counter

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.findings.events.elsewhere import placed_in
from desktop.core.findings.locations.city_parts import part_and_city
from desktop.core.findings.locations.locative import landmark, one_scene
from desktop.core.locations.place_steps import EVENT_STEP
from desktop.core.locations.places import is_known_place, is_region, regions_of
from desktop.core.model import FindingKind, MentionType, Side
from desktop.core.naming.names import fold, nationality_country


def story_city_conflicts(left: Analysis, right: Analysis, ledger: Ledger) -> list[Draft]:
    ours = _story_city(left, Side.LEFT, ledger)
    theirs = _story_city(right, Side.RIGHT, ledger)
    if not ours or not theirs:
        return []
    a, b = ours[0], theirs[0]
    if (
        a.key == b.key
        or one_scene(a.key, b.key)
        or _names(right, a)
        or _names(left, b)
        or part_and_city((left, a), (right, b))
        or _spans_both(left, a, b)
        or _spans_both(right, b, a)
    ):
        return []
    ledger.judge("story city", ours, theirs)
    return [
        Draft(
            FindingKind.CONFLICT,
            MentionType.PLACE,
            ours,
            theirs,
            f"The two articles tell the story in different cities: the left keeps to {a.text!r} "
            f"({len(ours)} mentions), the right to {b.text!r} ({len(theirs)}), and neither "
            f"article names the other's.",
            tuning.STORY_CITY_CONFIDENCE,
        )
    ]


def _story_city(analysis: Analysis, side: Side, ledger: Ledger) -> list[Fact]:
    """Every mention of the town the article names most, when it is one town, named often
    enough and placed as where something is at least once; else nothing."""
    towns = [
        f
        for f in analysis.facts
        if f.type is MentionType.PLACE
        and f.label == "GPE"
        and not f.weak
        and is_known_place(f.key)
        and not is_region(f.key)
    ]
    counts = Counter(f.key for f in towns)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < tuning.STORY_CITY_MENTIONS:
        return []
    if len(ranked) == 2 and ranked[1][1] == ranked[0][1]:
        return []  # two towns as often: the story moves between them
    mentions = [f for f in towns if f.key == ranked[0][0]]
    if ledger.free(side, mentions) != mentions:
        return []  # a verdict on this town was given by a closer reading
    tokens = analysis.sentence_tokens
    if not any(
        placed_in(tokens[f.sentence], f) and not landmark(analysis, f) and f.step == EVENT_STEP
        for f in mentions
    ):
        return []  # only where the suspect was "arrested in Dallas": no scene of the story
    return mentions


def _names(analysis: Analysis, town: Fact) -> bool:
    """The article writes the town's name anywhere, as a place or inside another name."""
    name = fold(town.text)
    return re.search(rf"\b{re.escape(name)}\b", fold(analysis.document.text)) is not None


def _spans_both(analysis: Analysis, own: Fact, other: Fact) -> bool:
    """The article names a country (or US state) its own town lies in and one the other town
    lies in, neither holding both towns: it tells a story across the two."""
    mine, theirs = regions_of(own.key), regions_of(other.key)
    return any(_names_region(analysis, r) for r in mine - theirs) and any(
        _names_region(analysis, r) for r in theirs - mine
    )


def _names_region(analysis: Analysis, region: str) -> bool:
    """By name ("Iran"), by its people's adjective ("Iranian"), or by its initials in capitals
    ("UAE" for the United Arab Emirates)."""
    if re.search(rf"\b{re.escape(region)}\b", fold(analysis.document.text)):
        return True
    words = region.split()
    initials = "".join(w[0] for w in words if w not in ("of", "the", "and")).upper()
    if len(words) > 1 and re.search(rf"\b{initials}\b", analysis.document.text):
        return True
    return any(
        f.type is MentionType.NATIONALITY and nationality_country(f.text) == region
        for f in analysis.facts
    )
