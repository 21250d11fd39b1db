"""A university the other article calls by its state: "UNC" / "North Carolina".

Sports and campus writing calls a state university by its state alone ("North Carolina beat
Miami") and shortens its name to a "U" for "University" and the state's initials ("UNC", "UCF"
for Central Florida). Where the other article names a place of several words whose initials
follow that "U", it tells the same body, so no yellow mark. A place of one word gives a single
initial ("UV" / "Virginia"), too short to be sure of; the place must be named, not merely
implied.
"""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings import tuning
from desktop.core.model import MentionType
from desktop.core.naming.names import fold, initials_of, place_key

_UNIVERSITY_INITIALS = re.compile(r"U(?P<place>[A-Z]{2,4})")


def university_told_by_its_place(fact: Fact, theirs: Analysis) -> bool:
    """This organisation is "U" and the initials of a place the other article names."""
    if fact.type is not MentionType.ORGANISATION:
        return False
    place = _place_initials(fact.text)
    return place is not None and place in theirs.derived(
        "told_university_initials.places", _initials
    )


def named_by_initials(a: str, b: str) -> bool:
    """One name is the other's initials ("UN" / "United Nations"), or a university's "U" and the
    initials of the place the other names ("UNC" / "North Carolina"), either way round."""
    return initials_of(a, b) or initials_of(b, a) or _university_of(a, b) or _university_of(b, a)


def _university_of(short: str, place: str) -> bool:
    letters = _place_initials(short)
    words = re.findall(r"[A-Za-z]+", place)
    return (
        letters is not None
        and len(words) >= tuning.PLACE_INITIALS_MIN_WORDS
        and letters == "".join(w[0] for w in words).upper()
    )


def _place_initials(text: str) -> str | None:
    """ "NC" of "UNC"; None for what is no such form, or a country's own letters ("USA", "UAE",
    "UK"), which name the country, not a university."""
    match = _UNIVERSITY_INITIALS.fullmatch(text.strip())
    if match is None or place_key(text) != fold(text):
        return None
    return match.group("place")


def _initials(analysis: Analysis) -> frozenset[str]:
    """The initials of the article's places of several words ("North Carolina" -> "NC")."""
    out = set()
    for fact in analysis.facts:
        words = re.findall(r"[A-Za-z]+", fact.text)
        if fact.type is MentionType.PLACE and len(words) >= tuning.PLACE_INITIALS_MIN_WORDS:
            out.add("".join(w[0] for w in words).upper())
    return frozenset(out)
