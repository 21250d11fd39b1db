"""A weekday and the part of it the parser tagged apart: "on Saturday" + "morning", "Tuesday" +
"at about 4 p.m.".

The model tags "Saturday night" and "4 p.m. Tuesday" as one time but often splits "Saturday
morning" or "Tuesday at about 4 p.m." into a date and a time. Read apart, the day agrees with the
other article's "Saturday night" or "Tuesday afternoon" and the hours are left over as a fact only
one side gives, when the two may name the same hours of one day or different ones. Joined, the
phrase is one time of day, compared at the precision both articles give.
"""

from __future__ import annotations

import re
from typing import Any

from desktop.core.datetimes.clock import parse_time
from desktop.core.extraction.facts import RawEntity
from desktop.core.lexicon import PARTS_OF_DAY
from desktop.core.lexicon.time_words import WEEKDAY_NAME

# What may stand between a weekday and its clock in one phrase: "Tuesday at about 4 p.m.",
# "Friday, around 10 p.m."; the hedge may sit in the time the parser tagged or before it.
_TO_CLOCK = re.compile(
    r"\s*,?\s*(?:at|around|about|approximately|shortly (?:after|before)|just (?:after|before))?"
    r"(?:\s+(?:about|around|approximately))?\s*",
    re.I,
)


def joined_day_parts(spacy_doc: Any, text: str, raws: list[RawEntity]) -> list[RawEntity]:
    """``raws`` (sorted by start) with each weekday date and the part of the day written right
    after it made one time."""
    out: list[RawEntity] = []
    for raw in raws:
        last = out[-1] if out else None
        if (
            last is not None
            and last.label == "DATE"
            and raw.label == "TIME"
            and WEEKDAY_NAME.search(last.text)
            and _its_hours(last, raw, text)
        ):
            span = spacy_doc.char_span(last.start, raw.end, alignment_mode="expand")
            if span is not None:
                joined = text[last.start : raw.end]
                out[-1] = RawEntity(last.start, raw.end, joined, "TIME", last.sentence, span)
                continue
        out.append(raw)
    return out


def _its_hours(day: RawEntity, time: RawEntity, text: str) -> bool:
    """The time right after the weekday tells that day's hours: a part of the day written next to
    it ("Saturday morning"), or a clock joined to it by "at" ("Tuesday at about 4 p.m.")."""
    between = text[day.end : time.start]
    if time.text.lower() in PARTS_OF_DAY:
        return not between.strip()
    return _TO_CLOCK.fullmatch(between) is not None and parse_time(time.text) is not None
