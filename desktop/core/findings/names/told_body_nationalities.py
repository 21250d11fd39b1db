"""A nationality in a definite description of a body named after that country, which the other
article names too: "France Telecom said ... The French firm said it was sending a ship" beside an
article that names France Telecom.

"The French firm" refers back to a body the article has named (a definite description introduces
no one), and "France Telecom" carries its country in its name: the adjective says which body, no
place of the story, and the other article tells it by naming the body. So it takes no yellow
mark. An indefinite description ("a French firm will repair it") brings in a body of its own and
keeps its mark; so does the adjective when no body of that country was named before it.
"""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings.names.told_by_name import name_written
from desktop.core.lexicon.bodies import BODY_DESCRIPTION_NOUNS
from desktop.core.model import MentionType
from desktop.core.naming.names import fold, nationality_country, place_key

_THE_BEFORE = re.compile(r"(?<![\w'’-])(?i:the)\s+$")
# The noun the adjective qualifies: the next word, or the one after a single modifier ("the
# French telecoms firm").
_HEAD = re.compile(r"\s+(?:([a-z][a-z-]*)\s+)?([a-z][a-z-]*)\b")


def nationality_of_told_body(fact: Fact, mine: Analysis, theirs: Analysis) -> bool:
    """The fact is "the <nationality> firm" after this article named a body of that country
    that the other article names as well."""
    if fact.type not in (MentionType.NATIONALITY, MentionType.PLACE):
        return False
    country = nationality_country(fact.text)
    if country is None:
        return False
    text = mine.document.text
    if _THE_BEFORE.search(text, max(0, fact.start - 8), fact.start) is None:
        return False
    head = _HEAD.match(text, fact.end)
    if head is None or not any(w in BODY_DESCRIPTION_NOUNS for w in head.groups() if w):
        return False
    return any(
        body.type is MentionType.ORGANISATION
        and body.end <= fact.start
        and _named_after(body.text, country)
        and name_written(body, theirs)
        for body in mine.facts
    )


def _named_after(name: str, country: str) -> bool:
    """ "France Telecom" after France, "British Airways" after the United Kingdom."""
    words = fold(name).split()
    spans = (" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1))
    return any(nationality_country(s) == country or place_key(s) == country for s in spans)
