"""The place each lead says the event happened in, compared across the two articles: "a blaze
at the supermarket in Leeds" / "Supermarket fire in York town centre".
"""

from __future__ import annotations

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.findings.locations.locative import (
    a_street,
    landmark,
    one_scene,
    places_a_building,
    town_outside,
)
from desktop.core.findings.locations.place_clash import may_clash
from desktop.core.findings.persons.life_steps import two_life_steps
from desktop.core.lexicon import VICINITY_WORDS
from desktop.core.locations.place_steps import EVENT_STEP
from desktop.core.locations.places import is_known_place, is_region
from desktop.core.model import FindingKind, MentionType, Side

_PLACES = (MentionType.PLACE, MentionType.NATIONALITY)


def lead_places(
    left: Analysis, right: Analysis, links: dict[str, str], ledger: Ledger
) -> list[Draft]:
    """The place each lead says the event happened in ("a blaze at the supermarket in Leeds" /
    "Supermarket fire in York town centre"). When each lead puts the event "in" exactly one place
    the other article never names, both places are known to the gazetteer at the same rank (two
    cities, or two countries or states) and neither lies in the other, or one is a town the
    gazetteer puts only outside the other, a region ("in Toronto" / "in Turkmenistan"), the two
    articles place the event differently. An unknown place may be a district of the other, so it
    is never set against one."""
    found = []
    for side, analysis, linked in (
        (Side.LEFT, left, _named_as_places(links, right)),
        (Side.RIGHT, right, _named_as_places({b: a for a, b in links.items()}, left)),
    ):
        places = [
            f
            for f in ledger.free(side, analysis.facts)
            if f.type in _PLACES
            and f.sentence < tuning.LEAD_SENTENCES
            and f.key not in linked
            and not f.weak
            and is_known_place(f.key)
            and _after_in(analysis, f)
            and not places_a_building(analysis, f)
            and not landmark(analysis, f)
            and f.step == EVENT_STEP  # "arrested in Dallas": not where the event happened
        ]
        if len({f.key for f in places}) != 1:
            return []
        found.append(places)
    a, b = found[0][0], found[1][0]
    ranks_differ = is_region(a.key) != is_region(b.key)
    if (ranks_differ and not town_outside(a, b, (left, right))) or one_scene(a.key, b.key):
        return []
    if not may_clash((left, a), (right, b)) or a_street(a) != a_street(b):
        return []  # "in the Austin neighborhood" / "in Chicago": one scene at two precisions
    if two_life_steps(left, a, right, b):
        return []  # "born in Detroit" / "grew up in Chicago": two steps of a life, no scene
    ledger.judge("lead", found[0], found[1])
    return [
        Draft(
            FindingKind.CONFLICT,
            MentionType.PLACE,
            found[0],
            found[1],
            f"The two leads place the event differently: the left says in {a.text!r}, the right "
            f"in {b.text!r}.",
            tuning.LEAD_PLACE_CONFIDENCE,
        )
    ]


def _named_as_places(links: dict[str, str], other: Analysis) -> set[str]:
    """The keys the other article names as a place. A people's name tells who, not where: a
    story "in Toronto" that mentions "Turkmens" never says it happened in Turkmenistan."""
    places = {f.key for f in other.facts if f.type is MentionType.PLACE}
    return {mine for mine, theirs in links.items() if theirs in places}


def _after_in(analysis: Analysis, fact: Fact) -> bool:
    """ "in Leeds", "in central Leeds": the place the event is in. "In metro Atlanta" or "in
    suburban Leeds" is the area around the city, which holds other towns ("in Decatur")."""
    tokens = analysis.sentence_tokens[fact.sentence]
    before = [t for t in tokens if t.end <= fact.start][-2:]
    after = [t for t in tokens if t.start >= fact.end][:1]
    if after and after[0].lower in VICINITY_WORDS:
        return False  # "in the Houston area"
    if before and before[-1].lower == "in":
        return True
    return (
        len(before) == 2
        and before[0].lower == "in"
        and bool(before[1].content)
        and before[1].lower not in VICINITY_WORDS
    )
