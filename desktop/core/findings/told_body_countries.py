"""A nationality in a definite description of a firm both articles name, the country its name
holds: "France Telecom said ... The French firm said it was sending a ship".

"The French firm" refers back (a definite description introduces no one) to the firm the article
has named, and where that name holds the country ("France Telecom", "Air France") the nationality
repeats the name: the other article, naming the firm, leaves nothing out, so "French" takes no
yellow mark. As told_descriptors does for a person, only in a sentence the other article tells.
An indefinite description ("a French firm") introduces a firm and keeps its mark; so does one of a
firm whose name holds no country ("Interoute ... the French firm": where the firm is from is
news).
"""

from __future__ import annotations

import re

from desktop.core.extract import Analysis, Fact
from desktop.core.lexicon.name_heads import FIRM_NOUNS, TRADE_SUFFIX
from desktop.core.lexicon.people import DEFINITE_DETERMINERS
from desktop.core.model import MentionType
from desktop.core.names import fold, nationality_country
from desktop.core.text_search import written_alone

Partners = dict[int, list[tuple[int, float]]]

# The determiner right before the nationality, or before one lowercase modifier ("the big French
# bank").
_OPENING = re.compile(
    r"(?<![\w'’-])(?i:" + "|".join(sorted(DEFINITE_DETERMINERS)) + r")\s+(?:[a-z][a-z-]*\s+)?$"
)
# The noun the nationality qualifies: the next word, or the one after a single modifier.
_HEAD = re.compile(r"\s+(?:([a-z][a-z-]*)\s+)?([a-z][a-z-]*)\b")


def describes_told_body(fact: Fact, mine: Analysis, theirs: Analysis, aligned: Partners) -> bool:
    """The fact is the nationality of a definite description of a firm named before it, whose
    name holds that country and which the other article names too."""
    if fact.type not in (MentionType.NATIONALITY, MentionType.PLACE):
        return False
    if not aligned.get(fact.sentence):
        return False
    country = nationality_country(fact.text)
    if not country or fold(fact.text) == country:
        return False  # "France" names the country itself, no description of a firm
    text = mine.document.text
    sentence = mine.sentences[fact.sentence]
    if _OPENING.search(text, sentence.start, fact.start) is None or not _of_a_firm(fact, text):
        return False
    return any(
        b.type is MentionType.ORGANISATION
        and b.start < fact.start
        and f" {country} " in f" {fold(b.text)} "
        and written_alone(b.text, theirs.document.text)
        for b in mine.facts
    )


def _of_a_firm(fact: Fact, text: str) -> bool:
    head = _HEAD.match(text, fact.end)
    return head is not None and any(
        w is not None and (w in FIRM_NOUNS or w.endswith(TRADE_SUFFIX)) for w in head.groups()
    )
