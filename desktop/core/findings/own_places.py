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
"""

from __future__ import annotations

from desktop.core.extract import Analysis, Fact
from desktop.core.findings.city_parts import part_and_city


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
        if k == own.sentence:
            continue
        for i in range(1, len(tokens) - n + 1):
            if (
                tokens[i - 1].lower in _PLACING
                and [t.lower for t in tokens[i : i + n]] == name
                and text[tokens[i].start].isupper()
            ):
                return True
    return False


# Prepositions that put something at a place; not "near" or "from" (a landmark, a home town).
_PLACING = frozenset(["in", "at"])
