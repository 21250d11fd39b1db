"""A city's police or fire department by its initials: "LAPD" / "Los Angeles police", "NYPD" /
"New York police", "SFFD" / "San Francisco fire officials".

American newsrooms name a city's department by the city's initials and "PD" or "FD". The one
article's "LAPD" tells the other's "Los Angeles police" (the department), and that article's
"Los Angeles" is told by the initials too: neither is a fact the other article lacks. Each letter
before "PD" or "FD" opens one capitalised word of the city, in order, and the city stands right
before "police" or "fire" (any case), as "Los Angeles police" does.
"""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.extraction.patterns import compiled
from desktop.core.extraction.text_search import WORD_BOUNDARY, search_after
from desktop.core.model import MentionType

_DEPARTMENT = re.compile(r"\b([A-Z]{1,3})(PD|FD)\b")
_SERVICE = {"PD": "police", "FD": "fire"}


def department_told_by_its_city(fact: Fact, theirs: Analysis) -> bool:
    """ "LAPD" here, "Los Angeles police" there."""
    match = _DEPARTMENT.fullmatch(fact.text.strip())
    if match is None:
        return False
    letters, service = match.group(1), _SERVICE[match.group(2)]
    city = r"\s+".join(rf"{c}[\w'’.-]+" for c in letters)
    pattern = re.compile(rf"{city}\s+(?i:{service})\b")
    return search_after(WORD_BOUNDARY, pattern, theirs.document.text) is not None


def city_told_by_its_department(fact: Fact, theirs: Analysis) -> bool:
    """ "Los Angeles police" here (the place marked), "LAPD" there."""
    if fact.type is not MentionType.PLACE:
        return False
    words = fact.text.split()
    if not words or not all(w[:1].isupper() for w in words) or len(words) > 3:
        return False
    initials = "".join(w[0] for w in words)
    pattern = compiled(rf"{initials}(?:PD|FD)\b")
    return search_after(WORD_BOUNDARY, pattern, theirs.document.text) is not None
