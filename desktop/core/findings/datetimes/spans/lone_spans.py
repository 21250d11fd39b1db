"""A span of time hyphened before a noun is the length of that thing, not a bare span of the
story: "O'Brien still has two years left on his contract" / "O'Brien just finished the first year
of a three-year deal" tell what is left and the whole deal.

A lone count of people or a lone distance in two matching sentences is one claim; so are two bare
spans ("retiring after 14 seasons" / "after 12 years with the province"), and two lengths of one
kind of thing ("a three-year deal" / "a four-year contract"). A length hyphened to its noun set
against a bare span is one claim only when the words around them say what both measure (the slot
the comparison asks of any two figures), never by being the one span of each sentence.
"""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Fact

# The key every span of time carries (extraction.facts: "duration:20 years").
_SPAN_KEY = "duration:"
# "three-year", "a 10-day", "two-season": a figure joined by a hyphen to its unit of time.
_HYPHENED = re.compile(r"\w-(?:year|month|week|day|season|hour|minute|decade)s?$", re.I)


def length_against_bare_span(a: Fact, b: Fact) -> bool:
    """One span is a thing's length ("a three-year deal"), the other a bare span ("two years
    left"): being alone in their sentences says nothing of their measuring one thing."""
    if not (a.key.startswith(_SPAN_KEY) and b.key.startswith(_SPAN_KEY)):
        return False
    return bool(_HYPHENED.search(a.text)) != bool(_HYPHENED.search(b.text))
