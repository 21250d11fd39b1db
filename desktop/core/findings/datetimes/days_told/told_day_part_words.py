"""A part of the day told by a part of the day that shares hours with it, in the sentence that
tells the same thing, whether or not the tagger read it as a time: "during an overnight shift"
/ "during a night shift", "after a late-night vote" / "in the early hours of Thursday". Parts
that share hours are one time at two wordings (``day_parts`` finds no clash in them either);
neither is a fact the other article lacks. A part that shares no hour ("an afternoon shift")
keeps the mark.
"""

from __future__ import annotations

import re

from desktop.core.datetimes.clock import parse_time
from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.extraction.text_search import any_of
from desktop.core.findings.alignment.statement_partners import Partners, statement_partners
from desktop.core.findings.untold.told import WHEN, part_of_day
from desktop.core.lexicon.time_words import NARROW_PARTS_OF_DAY, PARTS_OF_DAY

_HOURS = {**PARTS_OF_DAY, **NARROW_PARTS_OF_DAY}
_PART_WORDS = re.compile(r"\b(" + any_of(_HOURS) + r")\b", re.I)


def day_part_told_in_partner(
    fact: Fact, mine: Analysis, theirs: Analysis, aligned: Partners
) -> bool:
    """This part of the day shares hours with one a statement partner writes."""
    if fact.type not in WHEN or parse_time(fact.text) is not None:
        return False
    part = part_of_day(fact.text)
    if part is None:
        return False
    ours = _hours(PARTS_OF_DAY[part])
    text = theirs.document.text
    for sentence in statement_partners(fact, theirs, aligned):
        for match in _PART_WORDS.finditer(text, sentence.start, sentence.end):
            if ours & _hours(_HOURS[match.group(1).lower()]):
                return True
    return False


def _hours(span: tuple[int, int]) -> frozenset[int]:
    """The clock hours a part of the day covers, across midnight where it runs over it."""
    first, last = span
    last = last if last > first else last + 24
    return frozenset(h % 24 for h in range(first, last))
