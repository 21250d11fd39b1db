"""A part of a city named with its kind and its city, told where the statement partner names the
city: "in the Bushwick neighborhood in Brooklyn" / "in his Brooklyn neighborhood".

``told_regions.place_in_written_container`` reads "Bushwick, Brooklyn" and "the arena in
Mannheim": the article writes the container right after the place, and the partner sentence,
telling the same thing, names where at the container's precision. A writer as often puts the
part's kind between the two ("the Englewood neighborhood of Chicago", ``lexicon/city_parts``): the
same place and container, the same rule. Only with "in" after the kind: "the Englewood
neighborhood of Chicago" is left to a later stop. Read past the kind noun, the test is that module's own
(the partner names only the container or places holding it, and the two sentences share a value
beside the place).
"""

from __future__ import annotations

import dataclasses
import re

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings.alignment.statement_partners import Partners
from desktop.core.findings.locations.told_regions import place_in_written_container
from desktop.core.lexicon.city_parts import CITY_PART_NOUNS
from desktop.core.model import MentionType

_KIND = re.compile(r"\s+(" + "|".join(sorted(CITY_PART_NOUNS)) + r")\b(?=\s+in\s)", re.I)


def city_part_in_written_city(
    fact: Fact, mine: Analysis, theirs: Analysis, aligned: Partners
) -> bool:
    """ "the Bushwick neighborhood in Brooklyn": this place, its kind, then its container,
    which the statement partner names."""
    if fact.type is not MentionType.PLACE:
        return False
    kind = _KIND.match(mine.document.text, fact.end)
    if kind is None:
        return False
    return place_in_written_container(
        dataclasses.replace(fact, end=kind.end()), mine, theirs, aligned
    )
