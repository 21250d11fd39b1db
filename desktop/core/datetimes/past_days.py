"""A day and month written without a year, in a report written months before that day came
round again: last year's day, not the coming one.

``parse_date`` gives such a day the year that puts it nearest the page's own date, which is right
for a day a few weeks either side ("Nov. 8" in a piece dated 30 October is the coming one). A
follow-up written months later retells the event by its day alone ("sentenced for the April 7
shooting" in a December paper, "killed in the home on August 8th" the next May): the nearest April 7
lies ahead, but a report tells what happened, and only a clause that looks ahead ("his next court
date is set for June 1") names a day still to come. So a day more than ``PAST_DAY_AHEAD_DAYS`` after
the page's date, on a verb in the past tense in a sentence with no word of a schedule or of the
future, is read a year earlier; a day on a verb in the present ("The ceremony is on Feb. 22") may be
one still to come and keeps the nearest year. A weekday written with it ("Saturday, Aug. 8") names
the year it falls in.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from desktop.core.datetimes.coming_steps import coming_or_serial_day
from desktop.core.datetimes.dates import DateValue, calendar_day, parse_date
from desktop.core.lexicon.time_words import (
    DEADLINE_PREPOSITIONS,
    FUTURE_AUXILIARIES,
    SCHEDULE_WORDS,
)

# Words that put what a sentence tells ahead of the page, beside its schedule words: "His next
# court date is a hearing on Jan. 25", "the upcoming trial".
_AHEAD_WORDS = FUTURE_AUXILIARIES | SCHEDULE_WORDS | DEADLINE_PREPOSITIONS | {"next", "upcoming"}


def dated(text: str, span: Any, reference: date | None) -> DateValue | None:
    """``parse_date(text, reference)``, with a yearless day far ahead of the page read as the
    past one (see the module)."""
    value = parse_date(text, reference)
    day = calendar_day(value)
    if value is None or day is None or reference is None:
        return value
    written = parse_date(text, None)
    if written is None or written.year is not None:
        return value
    from desktop.core.findings.tuning import PAST_DAY_AHEAD_DAYS  # the findings import facts

    if (day - reference).days <= PAST_DAY_AHEAD_DAYS or _looks_ahead(span):
        return value
    if not _told_as_past(span):
        return value
    try:
        earlier = day.replace(year=day.year - 1)
    except ValueError:
        return value  # 29 February has no day a year before
    if written.weekday is not None and earlier.weekday() != written.weekday:
        return value
    return replace(value, year=earlier.year, weekday=earlier.weekday())


def _looks_ahead(span: Any) -> bool:
    """The day's clause looks ahead, or any word of its sentence puts it on a schedule: a court
    date is told in many shapes ("is scheduled for Sept. 20", "has another court date set for
    June 1"), and a sentence that names one keeps the nearest day."""
    if coming_or_serial_day(span):
        return True
    return any(t.lower_ in _AHEAD_WORDS or t.lemma_ in _AHEAD_WORDS for t in span.sent)


def _told_as_past(span: Any) -> bool:
    """The day's clause is told in a past tense ("were killed in the home on August 8th", "was
    convicted ... for an April 7 shooting", "started shooting at 4 a.m. on April 7"); a present
    one ("The ceremony is on Feb. 22", "the film opens Nov. 21") may name a day to come. A
    gerund ("charged with killing three people Jan. 7") takes the tense of the verb it hangs on."""
    token = span.root
    for _ in range(_VERB_REACH):
        if token.pos_ in ("VERB", "AUX") and token.tag_ != "VBG":
            return token.tag_ in _PAST_TAGS or any(
                c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in token.children
            )
        if token.head.i == token.i:
            return False
        token = token.head
    return False


# A verb in the past tense, or a participle ("were killed"): its tense is the auxiliary's.
_PAST_TAGS = frozenset({"VBD", "VBN"})
# How many steps up the parse the verb of a day is looked for: "April 7" / "shooting" / "for" /
# "charges" / "count" / "of" / "convicted" is six.
_VERB_REACH = 8
