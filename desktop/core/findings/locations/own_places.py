"""Two places of one story, each article naming the other's too: "A Waitrose supermarket in
Surrey has been destroyed" ... "on High Street in Banstead" / "destroyed a Waitrose store in
Banstead".

An article that itself puts something "in Banstead" does not dispute that the story happens in
Banstead: its "in Surrey" in the matching sentence tells the same scene at another precision (a
county and its town) or another place of the same story. The gazetteer cannot always say which
(GeoNames as shipped lists a town's country and US state, no English county, and its best-known
"Surrey" is a city in Canada); the article's own words can. So two places in matching sentences
are never a conflict when either article places something, anywhere in it, at the other's place.
A place the article names only in passing ("Surrey Police", "from Banstead", "near Banstead")
ties nothing.

A stacked place phrase states the containment outright: "in Banstead in Surrey" and "in High
Street, Banstead" put the scene in the town, whichever the sentence is, even the compared one
("a supermarket in Banstead in Surrey" / "a store in Banstead"). Elsewhere in the compared
sentence a second place may be another scene ("from Leeds to Banstead") and ties nothing.
"""

from __future__ import annotations

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.extraction.facts import Token
from desktop.core.findings.locations.city_parts import part_and_city


def told_at_both(a: tuple[Analysis, Fact], b: tuple[Analysis, Fact]) -> bool:
    """One side's place is a part of the other's city (city_parts), or either article places
    something at the other's place elsewhere in its text."""
    return part_and_city(a, b) or either_places_other(a, b)


def either_places_other(a: tuple[Analysis, Fact], b: tuple[Analysis, Fact]) -> bool:
    """Either article puts something at the other's place, elsewhere in its text."""
    (left, fa), (right, fb) = a, b
    return _places_at(left, fb, fa) or _places_at(right, fa, fb)


def _places_at(analysis: Analysis, theirs: Fact, own: Fact) -> bool:
    """This article puts something "in" or "at" the other's place, by its name written with a
    capital, in a sentence other than the one its own place is compared in. Read off the words,
    not the entities: a small town beside a street ("on High Street in Banstead") is often no
    entity of its own."""
    name = theirs.text.lower().split()
    text = analysis.document.text
    n = len(name)
    for k, tokens in enumerate(analysis.sentence_tokens):
        words = [t.lower for t in tokens]
        for i in range(1, len(tokens) - n + 1):
            if words[i : i + n] != name or not text[tokens[i].start].isupper():
                continue
            if k == own.sentence:
                if _stacked_on(words, i, n, own.text.lower().split()):
                    return True
            elif words[i - 1] in _PLACING or _after_an_address(tokens, text, i, n):
                return True
    return False


def _stacked_on(words: list[str], i: int, n: int, own: list[str]) -> bool:
    """ "in Banstead in Surrey", "in Banstead, Surrey": the other's place comes straight after
    "in" or "at" and holds the sentence's own place as the next step of one phrase."""
    m = len(own)
    return (
        words[i - 1] in _PLACING
        and i + n < len(words)
        and words[i + n] in _STACKING
        and words[i + n + 1 : i + n + 1 + m] == own
    )


def _after_an_address(tokens: list[Token], text: str, i: int, n: int) -> bool:
    """ "at the store in High Street, Banstead": a capitalised name after "in" or "at", a
    comma, then the town, which holds the place before it. Not a list ("in Leeds, Banstead
    and Epsom"), where each name is a place of its own."""
    if tokens[i - 1].lower != ",":
        return False
    if i + n < len(tokens) and tokens[i + n].lower in _LIST_JOINS:
        return False
    j = i - 2
    while j >= 0 and i - 2 - j < _ADDRESS_WORDS and text[tokens[j].start].isupper():
        j -= 1
    return i - 2 - j > 0 and j >= 0 and tokens[j].lower in _PLACING


# Prepositions that put something at a place; not "near" or "from" (a landmark, a home town).
_PLACING = frozenset(["in", "at"])
# What joins the steps of one stacked place phrase: "in Banstead in Surrey", "in Banstead, Surrey".
_STACKING = frozenset(["in", ","])
# Words that end a list of places rather than an address.
_LIST_JOINS = frozenset(["and", "or"])
# The most capitalised words a street or building name before the town's comma runs to.
_ADDRESS_WORDS = 4
