"""A club named by its town alone on the other side: "FC Barcelona" / "Barcelona said", "Leeds
United" / "Leeds were fined", "Cardiff City" / "Cardiff sacked". The club word ("FC", "United",
lexicon.clubs; "City" after a British town) goes without saying on a sports page, so the other
article does report the club; a yellow mark saying it does not would be wrong. The town must stand
there as a whole name, not as the head of another club's ("Bristol City" does not tell "Bristol
Rovers")."""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.extraction.patterns import compiled
from desktop.core.extraction.text_search import NO_WORD_BEFORE, iter_after
from desktop.core.lexicon.clubs import CLUB_NAME_ENDINGS, CLUB_NAME_OPENINGS
from desktop.core.model import MentionType
from desktop.core.naming.club_names import british_town_club


def club_told_by_its_town(fact: Fact, theirs: Analysis) -> bool:
    """The other side writes this club's name without its club word, as a name of its own."""
    if fact.type is not MentionType.ORGANISATION:
        return False
    words = fact.text.split()
    if len(words) < 2:
        return False
    if words[0].lower() in CLUB_NAME_OPENINGS:
        rest = words[1:]
    elif words[-1].lower() in CLUB_NAME_ENDINGS or british_town_club(fact.text):
        rest = words[:-1]
    else:
        return False
    # As a whole name, not another club's: "Bristol City", "Atletico Madrid".
    pattern = compiled(r"\s+".join(map(re.escape, rest)) + r"(?!\w)(?!\s+[A-Z])")
    text = theirs.document.text
    return any(
        _OPENING_BEFORE.search(text, max(0, m.start() - 20), m.start()) is None
        for m in iter_after(NO_WORD_BEFORE, pattern, text)
    )


_OPENING_BEFORE = re.compile(
    r"(?<!\w)(?:" + "|".join(sorted(CLUB_NAME_OPENINGS)) + r")\s+$", re.IGNORECASE
)
