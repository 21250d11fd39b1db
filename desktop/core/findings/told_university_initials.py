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

from desktop.core.extract import Analysis, Fact
from desktop.core.findings import tuning
from desktop.core.model import MentionType

_UNIVERSITY_INITIALS = re.compile(r"U(?P<place>[A-Z]{2,4})")


def university_told_by_its_place(fact: Fact, theirs: Analysis) -> bool:
    """This organisation is "U" and the initials of a place the other article names."""
    if fact.type is not MentionType.ORGANISATION:
        return False
    match = _UNIVERSITY_INITIALS.fullmatch(fact.text.strip())
    if match is None:
        return False
    return match.group("place") in theirs.derived("told_university_initials.places", _initials)


def _initials(analysis: Analysis) -> frozenset[str]:
    """The initials of the article's places of several words ("North Carolina" -> "NC")."""
    out = set()
    for fact in analysis.facts:
        words = re.findall(r"[A-Za-z]+", fact.text)
        if fact.type is MentionType.PLACE and len(words) >= tuning.PLACE_INITIALS_MIN_WORDS:
            out.add("".join(w[0] for w in words).upper())
    return frozenset(out)
