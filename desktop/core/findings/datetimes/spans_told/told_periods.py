"""A period of a company's year told in the other words reports use for it, in the sentence that
tells the same thing: "a first-quarter profit of $61 million" / "$61 million in the first three
months of the year", "down from $75 million a year earlier" / "compared with $75 million in the
same period last year". A quarter is its three months, and "a year earlier" beside a result of
this year is last year: neither side gives a fact the other lacks. Another quarter, or another
year ("two years earlier"), keeps the mark.
"""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings.alignment.statement_partners import Partners, statement_partners
from desktop.core.findings.datetimes.spans.other_quarters import quarters_named
from desktop.core.lexicon.periods import PART_OF_PERIOD, YEAR_BEFORE

_PART_OF = re.compile(PART_OF_PERIOD, re.I)
_YEAR_BEFORE = re.compile(r"\b(?:" + "|".join(YEAR_BEFORE) + r")\b", re.I)


def period_told_otherwise(fact: Fact, mine: Analysis, theirs: Analysis, aligned: Partners) -> bool:
    """This fact names a quarter, or the year before, that a statement partner names in its own
    words."""
    wanted = _periods(fact.text)
    if not wanted or _PART_OF.search(fact.text):
        return False  # "early in the second quarter": a moment of it (told_game_periods)
    text = theirs.document.text
    return any(
        wanted & _periods(text[s.start : s.end]) for s in statement_partners(fact, theirs, aligned)
    )


def _periods(text: str) -> set[str]:
    found = {f"q{q}" for q in quarters_named(text)}
    if _YEAR_BEFORE.search(text):
        found.add("year before")
    return found
