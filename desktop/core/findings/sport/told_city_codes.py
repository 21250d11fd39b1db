"""A city the other article names, written here as the sports pages' three-letter code of it:
"particularly the DAL game" / "a 20-17 win at Dallas".

Sports writing shortens a city, and the team it stands for, to the first three letters of its
name in capitals ("ATL", "SEA", "DAL"). The small model reads the capitals as a body's initials,
and a yellow mark would say the other article never names what it names in full. Only a city
whose name runs well past the three letters ("Iran" is no "IRA") and that the gazetteer knows.
"""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings import tuning
from desktop.core.locations.places import is_known_place
from desktop.core.model import MentionType
from desktop.core.naming.names import bare_name, fold

_CODE = re.compile(r"[A-Z]{3}")


def city_told_by_its_code(fact: Fact, theirs: Analysis) -> bool:
    """This three-letter body or place is the code of a city the other article names."""
    if fact.type not in (MentionType.ORGANISATION, MentionType.PLACE):
        return False
    code = bare_name(fact.text)
    if not _CODE.fullmatch(code):
        return False
    return code.lower() in theirs.derived("told_city_codes.codes", _codes)


def _codes(analysis: Analysis) -> frozenset[str]:
    """The codes of the one-word cities the article names: "dal" for Dallas."""
    return frozenset(
        name[:3]
        for f in analysis.facts
        if f.type is MentionType.PLACE
        for name in (fold(bare_name(f.text)),)
        if name.isalpha()
        and len(name) >= 3 + tuning.CITY_CODE_LETTERS_PAST
        and is_known_place(name)
    )
