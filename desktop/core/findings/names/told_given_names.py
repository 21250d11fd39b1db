"""A person one article names in full and the other by the given name alone: "The midfielder
created the opener for Marco Teixeira" / "It was Marco who opened the scoring".

Sports pages call some players by the given name (a Brazilian forward, a first-name star), and
reports call a child or a victim's relative by it: where the other article names a person by
that one word and no one else there bears it, as a given name or a surname, and this article
names no one else with it, the one word names this person, and no yellow mark says the other
article never does. Another person with that given name on either side keeps the mark.
"""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.model import MentionType
from desktop.core.naming.names import bare_name, fold

_GIVEN = re.compile(r"[A-Z][a-z]{2,}")


def given_name_told(fact: Fact, mine: Analysis, theirs: Analysis) -> bool:
    """The other article names a person by this person's given name alone, and the name is
    no one else's on either side."""
    if fact.type is not MentionType.PERSON:
        return False
    words = bare_name(fact.text).split()
    if len(words) < 2 or not _GIVEN.fullmatch(words[0]):
        return False
    given, surname = fold(words[0]), fold(words[-1])
    alone = False
    for other in theirs.facts:
        if other.type is not MentionType.PERSON:
            continue
        their_words = [fold(w) for w in bare_name(other.text).split()]
        if their_words == [given]:
            alone = True
        elif given in their_words:
            return False  # "Marco Rossi" there: the one word may be his
    if not alone:
        return False
    return not any(
        f.type is MentionType.PERSON
        and len(named := [fold(w) for w in bare_name(f.text).split()]) > 1
        and given in named
        and named[-1] != surname
        for f in mine.facts
    )
