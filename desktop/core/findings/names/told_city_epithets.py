"""A city one article names by its settled epithet and the other by its name: "two losing seasons
in the Windy City" / "the Chicago club fired its manager".

"The City of Brotherly Love" is Philadelphia, "the Windy City" Chicago (``lexicon/city_epithets``):
a name in another form, so where the other article writes the city's name no yellow mark says it
never names the place. Where it never does (a Chicago story against "the City of Brotherly
Love"), the epithet keeps its mark. The other way round, the city's name is told where the other
article writes its epithet capitalised, alone or after a compass word ("Philadelphia" / "a plant
in Northeast Philly": the part lies in the city); the part itself stays the other's alone, as any
finer place does.
"""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.extraction.patterns import compiled
from desktop.core.extraction.text_search import NO_WORD_BEFORE, search_after
from desktop.core.lexicon.city_epithets import CITY_EPITHETS
from desktop.core.model import MentionType
from desktop.core.naming.names import bare_name

_PLACE_TYPES = frozenset({MentionType.PLACE, MentionType.ORGANISATION, MentionType.OTHER})


def city_epithet_told(fact: Fact, theirs: Analysis) -> bool:
    """This name is a city's epithet and the other article writes the city's name."""
    if fact.type not in _PLACE_TYPES:
        return False
    city = CITY_EPITHETS.get(" ".join(bare_name(fact.text).lower().split()))
    if city is None:
        return False
    pattern = compiled(r"\s+".join(map(re.escape, city.split())) + r"(?![\w'’-])")
    return search_after(NO_WORD_BEFORE, pattern, theirs.document.text) is not None


def city_told_by_its_epithet(fact: Fact, theirs: Analysis) -> bool:
    """This place is a city the other article names by its epithet, written capitalised ("the
    Windy City", "Northeast Philly"); a lower-case "second city" is no epithet."""
    if fact.type is not MentionType.PLACE:
        return False
    name = " ".join(bare_name(fact.text).split())
    text = theirs.document.text
    for epithet in _EPITHETS_OF.get(name, ()):
        words = [w if w in _SMALL_WORDS else w[:1].upper() + w[1:] for w in epithet.split()]
        pattern = compiled(r"\s+".join(map(re.escape, words)) + r"(?![\w'’-])")
        if search_after(NO_WORD_BEFORE, pattern, text) is not None:
            return True
    return False


# Words an epithet keeps in lower case when its other words are capitalised ("City of Angels").
_SMALL_WORDS = frozenset(["of", "by", "the", "that"])
_EPITHETS_OF: dict[str, list[str]] = {}
for _epithet, _city in CITY_EPITHETS.items():
    _EPITHETS_OF.setdefault(_city, []).append(_epithet)
