"""Words that took a recognised fact's place in a swapped sentence, read as the same kind of fact
when they can be: "two Academy Awards" / "nine Academy Awards" read as an organisation, "Between
30" of "between 30 and 40 people". A pronoun never stands in for a name, a label ("Room 12")
never for a count.
"""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.figures.numbers.values import parse_date, parse_number
from desktop.core.findings.alignment.headline_capitals import unconfirmed_headline_words
from desktop.core.findings.counts.numbered import label_run
from desktop.core.lexicon import NOT_STAND_IN_NAMES
from desktop.core.lexicon.titles import NAME_TITLES
from desktop.core.locations.places import is_known_place
from desktop.core.model import MentionType
from desktop.core.naming.link import NAME_TYPES
from desktop.core.naming.names import fold, place_key
from desktop.core.persons.person_nouns import only_person_nouns


def stand_in(analysis: Analysis, sentence: int, start: int, end: int, like: Fact) -> list[Fact]:
    """Words that took a recognised fact's place, read as the same kind of fact if they can be."""
    text = analysis.document.text[start:end]
    words = text.split()
    if not words or len(words) > 4:
        return []
    if like.type in NAME_TYPES:
        if not all(w[:1].isupper() for w in words) or not _could_name(words):
            return []
        if unconfirmed_headline_words(analysis, sentence, words):
            return []  # "Hormels Food Shooter": a headline's style, not a name
        fact = Fact(start, end, text, like.type, "", sentence, key=_name_key(text, like))
        fact.value = text
        return [fact]
    if like.number is not None:
        if label_run(analysis, start, end):
            return []  # "Room 12" took the place of "two rooms": a label, not a count
        # "Between 30" of "between 30 and 40 people": a range is one figure, read whole.
        rest = _RANGE_END.match(analysis.document.text, end)
        if rest is not None:
            end = rest.end()
            text = analysis.document.text[start:end]
    number = parse_number(text) if like.number is not None else None
    day = parse_date(text, analysis.reference_date) if like.date is not None else None
    if number is None and (day is None or day.is_empty):
        return []
    fact = Fact(start, end, text, like.type, "", sentence, key=f"unlabelled:{text.lower()}")
    fact.number, fact.date, fact.value = number, day, text
    fact.slot = dict(like.slot)
    return [fact]


def _name_key(text: str, like: Fact) -> str:
    """ "in the capital, Santiago," / "in Santiago, Chile,": words the model left unlabelled
    where the other side has a place keep the gazetteer's key when they name a known place, so
    that a city and its country are still seen to lie one in the other."""
    if like.type in _PLACES and is_known_place(text):
        return f"place:{place_key(fold(text))}"
    return f"unlabelled:{text.lower()}"


_PLACES = (MentionType.PLACE, MentionType.NATIONALITY)
_RANGE_END = re.compile(r"\s*(?:and|to|-|–)\s*\d[\d,.]*(?!\w)")


def _could_name(words: list[str]) -> bool:
    """ "He said" / "Smith said": a pronoun or a determiner that opens a sentence is capitalised
    like a name, but it stands for someone already named, never for a different person. A
    person's name ends in a surname, never in a title."""
    folded = [w.strip(".,;:'\"").lower() for w in words]
    if folded[-1] in NAME_TITLES:
        return False  # "Assistant District Attorney": an office, whose holder is named after it
    if only_person_nouns(" ".join(folded)):
        return False  # "Mom says" / "Deborah Ames says": a relation, which names no one
    return folded[0] not in NOT_STAND_IN_NAMES and any(w.isalpha() for w in folded)
