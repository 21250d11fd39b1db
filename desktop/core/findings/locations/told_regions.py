"""A place the other article tells at another precision: a country or state by a town inside it
("a Canadian health products company" / "a Vancouver man"), and a neighbourhood by the city the
article itself sets it in ("in East Flatbush, Brooklyn" / "in Brooklyn", "at the SAP Arena in
Mannheim" / "in Mannheim", in the sentence telling the same thing).

A yellow mark says the other article does not report this fact anywhere. A town lies in one country
(by the gazetteer, core/locations/places.py): an article naming the town reports the country at a
finer precision, never leaves it out. A finer place is not told by a coarser one in general
("Nashville" is a detail "Tennessee" lacks), except where this article itself writes the finer place
with its container ("East Flatbush, Brooklyn") and the aligned sentence of the other side, telling
the same happening, names that container: the two say where at two precisions. A street ("118th
Street in Ridgefield") is an address, a detail of its own, and keeps its mark. A nationality naming
a country is shown as that place ("the Ukrainian champion" as Ukraine) and is told as the place is.
"""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import report_type
from desktop.core.findings.bookkeeping.sentence_facts import facts_of
from desktop.core.lexicon.name_forms import STREET_TYPES
from desktop.core.locations.places import is_region, within
from desktop.core.model import MentionType
from desktop.core.naming.names import fold, nationality_country, place_key


def region_told(fact: Fact, theirs: Analysis) -> bool:
    """A country or state (or its adjective, read as a place) the other article names by a
    town inside it."""
    if report_type(fact) is not MentionType.PLACE:
        return False  # a group ("Democrats", "a born-again Christian") names no country
    region = nationality_country(fact.text) or place_key(fact.text)
    if not region or not is_region(region):
        return False
    return any(
        f.type is MentionType.PLACE and within(f.key or f.text, region) for f in theirs.facts
    )


_STREET_WORDS = frozenset(STREET_TYPES) | frozenset(STREET_TYPES.values())


def _street(name: str) -> bool:
    """ "118th Street", "Lyndale Ave.": an address, which a reader looks for beside the town, is
    a detail of its own and stays one-sided."""
    words = fold(name).split()
    return bool(words) and words[-1] in _STREET_WORDS


# "East Flatbush, Brooklyn", "the SAP Arena in Mannheim": a place and the place it lies in.
_CONTAINER = re.compile(r"(?:,|\s+in)\s+((?:[A-Z][\w.'-]*\s?){1,3})")


def place_in_written_container(
    fact: Fact, mine: Analysis, theirs: Analysis, partners: dict[int, list[tuple[int, float]]]
) -> bool:
    """ "in East Flatbush, Brooklyn", "at the SAP Arena in Mannheim": the container this article
    writes after the place is all
    a sentence of the other side, aligned with this one as one statement, names of where, and
    the two share a value beside the place (as told_places.py asks of a town in its state: a
    sentence naming places apart, "felt in Oman and the United Arab Emirates", tells of more
    than one place)."""
    if fact.type is not MentionType.PLACE or _street(fact.text):
        return False
    match = _CONTAINER.match(mine.document.text, fact.end)
    if match is None:
        return False
    container = fold(re.split(r"[.,;]\s", match.group(1))[0])  # "in Mannheim. The crowd ..."
    here = list(facts_of(mine, fact.sentence))
    if any(f.other_event for f in here) or not any(
        f.type is MentionType.PLACE and fold(f.text) == container for f in here
    ):
        return False  # "in Genesee County, in which speeds reached ...": no place after it
    values = {f.key for f in here if f.key and f.type is not MentionType.PLACE}
    for j, score in partners.get(fact.sentence, ()):
        if score < tuning.STATEMENT_AGREE:
            continue
        there = facts_of(theirs, j)
        places = [fold(f.text) for f in there if f.type is MentionType.PLACE]
        if (
            places
            and all(p == container or within(container, p) for p in places)
            and any(f.key in values for f in there)
        ):
            return True
    return False
