"""A weekday and the part of it the parser tagged apart: "on Saturday" + "morning".

The model tags "Saturday night" as one time but often splits "Saturday morning" into a date and a
time. Read apart, the day agrees with the other article's "Saturday night" and the "morning" is
left over as a fact only one side gives, when the two name different hours of one day. Joined,
the phrase is one time of day, compared at the precision both articles give.
"""

from __future__ import annotations

from typing import Any

from desktop.core.facts import RawEntity
from desktop.core.lexicon import PARTS_OF_DAY
from desktop.core.lexicon.time_words import WEEKDAY_NAME


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
            and raw.text.lower() in PARTS_OF_DAY
            and WEEKDAY_NAME.search(last.text)
            and not text[last.end : raw.start].strip()
        ):
            span = spacy_doc.char_span(last.start, raw.end, alignment_mode="expand")
            if span is not None:
                joined = text[last.start : raw.end]
                out[-1] = RawEntity(last.start, raw.end, joined, "TIME", last.sentence, span)
                continue
        out.append(raw)
    return out
