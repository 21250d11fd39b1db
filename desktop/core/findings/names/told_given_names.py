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
from desktop.core.findings.bookkeeping.sentence_facts import person_facts
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
    alone, in_longer = theirs.derived("told_given_names.words", _word_uses)
    # "Marco Rossi" there: the one word may be his.
    if given in in_longer or given not in alone:
        return False
    # No one else here bears the given name: every longer name holding it ends in this surname.
    lasts = mine.derived("told_given_names.lasts", _last_words).get(given)
    return not lasts or lasts == {surname}


def _word_uses(analysis: Analysis) -> tuple[frozenset[str], frozenset[str]]:
    """The folded words the article's persons are named by alone, and those it writes in a
    longer person's name: read once per article, not for each name of the other (a fact's type
    never changes after ``analyse``)."""
    alone: set[str] = set()
    in_longer: set[str] = set()
    for other in person_facts(analysis):
        words = [fold(w) for w in bare_name(other.text).split()]
        if len(words) == 1:
            alone.add(words[0])
        else:
            in_longer.update(words)
    return frozenset(alone), frozenset(in_longer)


def _last_words(analysis: Analysis) -> dict[str, set[str]]:
    """Each folded word of the article's persons named in two words or more -> the last words
    of the names holding it."""
    lasts: dict[str, set[str]] = {}
    for f in person_facts(analysis):
        named = [fold(w) for w in bare_name(f.text).split()]
        if len(named) > 1:
            for word in named:
                lasts.setdefault(word, set()).add(named[-1])
    return lasts
