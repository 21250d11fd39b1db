"""Whom two dated sentences tell of: "Bowe was losing to Andrew Golota in 1996" / "since losing
to Lamon Brewster in 2004", "Cheeks was fired in March" / "O'Brien, fired in June".

A deed dated in two articles is one deed only when it is done by or to the same people: two
sentences that each name people, none of them the same, tell two losses or two firings, however
alike their verbs (deed_years.py, deed_months.py). A sentence that names nobody may tell of
anyone, and says nothing here.
"""

from __future__ import annotations

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.model import MentionType


def people_of(analysis: Analysis, fact: Fact) -> frozenset[str]:
    """The surnames of the people the fact's sentence names ("golota", "bowe")."""
    return frozenset(
        f.key.split()[-1]
        for f in analysis.facts
        if f.sentence == fact.sentence and f.type is MentionType.PERSON and f.key
    )


def other_people(ours: frozenset[str], theirs: frozenset[str]) -> bool:
    """Both sentences name people and none is the same: two deeds."""
    return bool(ours) and bool(theirs) and not ours & theirs
