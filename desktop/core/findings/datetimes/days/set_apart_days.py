"""A day inside an "after" or "before" phrase dates the happening that phrase names.

"Operations had resumed after being halted on Sunday", "was arrested shortly after the Monday
morning shootings": the sentence tells one happening (the resuming, the arrest) and sets another
apart from it by "after" or "before"; the day is the other one's. As the only day of its sentence
it says nothing of the day the partner sentence gives its own happening ("resumed Monday
morning", "was fired on Thursday"), so the two meet only through the words the days hang on.
"shortly after 2 a.m. on Sunday" is no such phrase: a clock sets the time, not a happening.
A date written with its month ("serving a life sentence after being convicted in June 1998") is
left to the calendar: two alike sentences dating one record to two months still clash with "in
June 1999 to serve a life sentence" (the hand-written S03 finding); only the days of the week's
news ("Sunday", "yesterday") are tied to the phrase's happening.
"""

from __future__ import annotations

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings.bookkeeping.claim_dates import written_date
from desktop.core.lexicon.time_words import (
    CLOCK_POINT_WORDS,
    DAY_PARTS,
    SET_APART_LINKS,
    SETTING_APART_WORDS,
    WEEKDAYS,
)

# How many words back from the day such a word is looked for: "after being halted on" is four.
_REACH = 4


def day_set_apart(fact: Fact, analysis: Analysis) -> bool:
    """The day stands in an "after"/"before" phrase that names a happening (see the module)."""
    if fact.date is None:
        return False
    written = written_date(fact, None)
    if written is not None and written.month is not None:
        return False
    tokens = analysis.sentence_tokens[fact.sentence]
    before = [t for t in tokens if t.end <= fact.start][-_REACH:]
    opener = next(
        (i for i in range(len(before) - 1, -1, -1) if before[i].lower in SETTING_APART_WORDS), None
    )
    if opener is None:
        return False
    between = before[opener + 1 :]
    if any(not t.lower[:1].isalpha() for t in between):
        return False  # a comma closes the phrase; a figure or a clock sets a time
    named = [t for t in between if t.lower not in SET_APART_LINKS]
    if named:
        return all(_no_time(t.lower) for t in named)  # "after being halted on Sunday"
    if not between:
        return False  # "after Sunday": later than that day, no happening named
    after = [t for t in tokens if t.start >= fact.end][:1]
    return bool(after) and after[0].noun and _no_time(after[0].lower)  # "the Monday shootings"


def _no_time(word: str) -> bool:
    return word not in WEEKDAYS and word not in DAY_PARTS and word not in CLOCK_POINT_WORDS
