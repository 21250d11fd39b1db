"""A country told by the nationality word set before a person's name, where the tagger read the
two as one name: "American Kelly Moore finished third" / "Kelly Moore of the United States".
The nationality says the person's country, as "of the United States" does; the other article
names the country all the same. A nationality of another country ("Swedish Kelly Moore"), or
one before a firm's name ("American Airlines"), keeps the mark.
"""

from __future__ import annotations

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.model import MentionType
from desktop.core.naming.names import fold, nationality_country


def country_told_by_demonym(fact: Fact, mine: Analysis, theirs: Analysis) -> bool:
    """This country's nationality word opens a name of the other article whose other words name
    a person of either article."""
    if fact.type is not MentionType.PLACE:
        return False
    country = fold(fact.value or fact.text)
    named = theirs.derived("told_demonyms.named", _named_by_nationality).get(country)
    if not named:
        return False  # no name of the other article opens with this country's people
    people = {fold(f.text) for a in (mine, theirs) for f in a.facts if f.type is MentionType.PERSON}
    return any(rest in people for rest in named)


def _named_by_nationality(analysis: Analysis) -> dict[str, list[str]]:
    """Country -> the rest of each name of three words or more, not a person's, that opens with
    that country's nationality word, folded. Read once per article: every place asks it."""
    named: dict[str, list[str]] = {}
    for other in analysis.facts:
        words = other.text.split()
        if len(words) < 3 or other.type is MentionType.PERSON:
            continue
        country = nationality_country(words[0])
        if country is not None:
            named.setdefault(country, []).append(fold(" ".join(words[1:])))
    return named
