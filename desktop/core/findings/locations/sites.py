"""A street or a site against a town: "outside a Walmart in Memphis" / "outside a Walmart on
Winchester Road", "at the Pinewood Apartments" / "at an apartment complex in Decatur".

A street, a building or a housing complex lies in some town; the gazetteer knows towns, not what
lies in them. One sentence that says where by a street or a site and its match that says where by
a town tell one scene at two precisions, never two places. Two towns, or two streets, stay two
answers to one question.
"""

from __future__ import annotations

from desktop.core.extraction.extract import Fact
from desktop.core.findings.locations.locative import a_street
from desktop.core.lexicon import FACILITY_HEADS, TAKEN_TO_NOUNS
from desktop.core.lexicon.city_parts import SITE_WORDS
from desktop.core.locations.places import is_known_place
from desktop.core.naming.names import fold

_SITE_HEADS = FACILITY_HEADS | TAKEN_TO_NOUNS | SITE_WORDS


def site_and_town(fa: Fact, fb: Fact) -> bool:
    """One names a street or a site the gazetteer does not know as a town, the other a town."""
    return any(_lies_in_a_town(x) and _a_town(y) for x, y in ((fa, fb), (fb, fa)))


def _lies_in_a_town(fact: Fact) -> bool:
    words = fold(fact.text).split()
    if len(words) < 2 or is_known_place(fact.key):
        return False  # "Highland Park" is a town of its own
    return a_street(fact) or words[-1] in _SITE_HEADS


def _a_town(fact: Fact) -> bool:
    return is_known_place(fact.key) and not _lies_in_a_town(fact)
