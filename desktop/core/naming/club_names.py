"""A sports club named after its town is the club, never the town: "Real Madrid", "FC Porto",
"Leeds United", "Boca Juniors", "Manchester City".

The small model reads such a name as the town inside it ("Madrid", "Porto") or as a person
("Leeds United", "Blackburn Rovers"), so the club's deeds became the town's and the story's
place mixed with the club's. A capitalised club word before or after a name (lexicon.clubs)
makes the whole run one organisation. "City" after a town names its club only where towns never
carry it (in Britain: "Leicester City"; "Mexico City" and "Gaza City" are towns).
"""

from __future__ import annotations

from typing import Any

from desktop.core.lexicon.clubs import CITY_CLUB_COUNTRY, CLUB_NAME_ENDINGS, CLUB_NAME_OPENINGS
from desktop.core.locations.places import is_known_place, regions_of
from desktop.core.naming.names import place_key

_NAMES = ("GPE", "LOC", "PERSON", "ORG", "NORP", "FAC")


def as_club(span: Any, label: str) -> tuple[Any, str]:
    """The span widened over a club word next to it and labelled an organisation, when it is a
    club's name; the span and label unchanged otherwise."""
    if label not in _NAMES or not all(t.text[:1].isupper() for t in span):
        return span, label
    doc = span.doc
    start, end = span.start, span.end
    if _club_word(doc, start - 1, CLUB_NAME_OPENINGS):
        start -= 1
    if _club_word(doc, end, CLUB_NAME_ENDINGS):
        end += 1
    if (start, end) != (span.start, span.end):
        return doc[start:end], "ORG"
    return (span, "ORG") if _named_club(span) else (span, label)


def _named_club(span: Any) -> bool:
    """The span already holds a club word at its edge: "FC Porto", "Leeds United", "Stoke City"."""
    if len(span) < 2:
        return False
    first, last = span[0], span[-1]
    if first.lower_ in CLUB_NAME_OPENINGS and first.text[:1].isupper():
        return True
    if last.lower_ in CLUB_NAME_ENDINGS:
        return True
    return last.lower_ == "city" and _british_town_club(span)


def _british_town_club(span: Any) -> bool:
    return british_town_club(span.text)


def british_town_club(name: str) -> bool:
    """ "Stoke City": a British town's name before "City", the whole no town of its own."""
    town, _, last = name.rpartition(" ")
    return (
        last == "City"
        and bool(town)
        and not is_known_place(name)
        and is_known_place(town)
        and place_key(CITY_CLUB_COUNTRY) in regions_of(town)
    )


def _club_word(doc: Any, i: int, words: frozenset[str]) -> bool:
    return 0 <= i < len(doc) and doc[i].lower_ in words and doc[i].text[:1].isupper()
