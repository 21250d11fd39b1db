"""Days counted from the writing that the model did not tag: "clashed with police in Santiago
last night", "overturned on the M6 this morning", "flooded dozens of homes overnight".

The small model tags "last night" in one sentence and passes it over in the next. Untagged, the
day of the happening is no fact at all: the other article's "Monday night" finds nothing to
agree with, and a day it contradicts goes unseen. Such a phrase is a time of day by its words
alone, as the model reads it where it does tag it; the article's own date gives it its day
(dates.py), and without one it names no day.

So too a day of a month in figures ("on or around June 30", "by 3 March"): the model passes
over some after "or around", and a day named by its month and number is a date by its shape,
whatever the words before it (agree45).
"""

from __future__ import annotations

import re
from typing import Any

from desktop.core.extraction.facts import RawEntity, entity_at
from desktop.core.extraction.text_search import iter_case_blind, opens_sentence
from desktop.core.lexicon.time_words import MONTHS

# A part of a day counted from the writing, with the edge of it a reporter may add ("late last
# night", "early this morning"). Not "today" or "yesterday", which the model tags as dates
# (where it passes them over, they are mostly "today's players", "the world today").
_RELATIVE_PART = re.compile(
    r"\b(?:(?:late|early)\s+)?(?:last\s+night|this\s+(?:morning|afternoon|evening)|tonight|"
    r"overnight)\b",
    re.I,
)
# "an overnight stay", "overnight trading": the word describes a noun, and dates nothing.
_DESCRIBING = frozenset({"amod", "compound", "nmod"})


# A capitalised month's name and a day's number, either way round: "June 30", "30 June",
# "Sept. 4". Case kept: "may 14" is a verb and a count.
_MONTH_NAMES = "(?:" + "|".join(month.capitalize() for month in MONTHS) + ")"
_MONTHS = rf"(?:{_MONTH_NAMES}|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
_DAY = r"[1-9]\d?(?:st|nd|rd|th)?(?!\d)"
# Not a clock ("March 3:45") or a decimal after the day.
_MONTH_DAY = re.compile(
    rf"(?<![\w.,])(?:{_MONTHS}\s+{_DAY}(?![:.,]\d)|{_DAY}\s+{_MONTH_NAMES})(?![\w-])"
)


def missed_month_days(
    spacy_doc: Any, text: str, sent_index: dict[int, int], found: list[RawEntity]
) -> list[RawEntity]:
    """Days of a month in figures that no entity covers, as dates."""
    out = []
    for match in _MONTH_DAY.finditer(text):
        start, end = match.span()
        if any(r.start < end and start < r.end for r in found):
            continue
        number = re.search(r"\d+", match.group(0))
        if number is None or not 1 <= int(number.group(0)) <= 31:
            continue
        raw = entity_at(spacy_doc, text, sent_index, (start, end), "DATE")
        if raw is not None:
            out.append(raw)
    return out


def missed_relative_days(
    spacy_doc: Any, text: str, sent_index: dict[int, int], found: list[RawEntity]
) -> list[RawEntity]:
    """Parts of a day counted from the writing that no entity covers, as times."""
    out = []
    for match in iter_case_blind(_RELATIVE_PART, text):
        start, end = match.span()
        if any(r.start < end and start < r.end for r in found):
            continue
        if match.group(0)[0].isupper() and not opens_sentence(text, start):
            continue  # "This Morning", "Tonight Show": a programme's name
        raw = entity_at(spacy_doc, text, sent_index, (start, end), "TIME")
        if raw is None or raw.span[-1].dep_ in _DESCRIBING:
            continue
        out.append(raw)
    return out
