"""A day or a decade the sentence telling the same thing on the other side gives at another
precision: "announced Sunday drastic spending cuts" / "agreed at the weekend to slash spending",
"outraged Americans in the 1950s" / "her pin-up days lasted from 1951-1957".

A yellow mark says the other article does not report this fact anywhere. A weekend holds its
Saturday and Sunday, and a year of the 1950s lies in that decade: where the sentence aligned
with this one as one statement names the span holding the day, or a year inside the decade,
the two tell one moment at two precisions. Only in that sentence: a weekend or a year named
elsewhere may be when anything else happened. A day a statement was made on ("police said
Saturday") is not the day of what happened.
"""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.extraction.patterns import compiled
from desktop.core.findings.alignment.statement_partners import statement_partners
from desktop.core.findings.untold.told import WHEN

_WEEKEND_DAYS = frozenset({5, 6})  # Saturday, Sunday (Monday is 0)
_WEEKEND = re.compile(r"\bweekend\b", re.I)
_DECADE = re.compile(r"\b(1[0-9]{2}|20[0-9])0s\b")


def told_in_partner_span(
    fact: Fact, mine: Analysis, theirs: Analysis, partners: dict[int, list[tuple[int, float]]]
) -> bool:
    """A Saturday or Sunday whose statement partner says "weekend", or a decade whose partner
    writes a year inside it."""
    if fact.type not in WHEN or fact.said_on or fact.other_event:
        return False
    decade = _DECADE.search(fact.text)
    weekend = fact.date is not None and fact.date.weekday in _WEEKEND_DAYS and decade is None
    if decade is None and not weekend:
        return False
    inside = compiled(rf"\b{decade.group(1)}\d\b") if decade is not None else _WEEKEND
    text = theirs.document.text
    for sentence in statement_partners(fact, theirs, partners):
        if inside.search(text, sentence.start, sentence.end) is not None:
            return True
    return False
