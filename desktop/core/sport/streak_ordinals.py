"""An ordinal before a word of a streak counts the run it ends: "his 16th straight fight" is a
run of 16 fights, as "16 straight wins" and "a 16-fight winning streak" are, and "their eighth
consecutive victory" a run of eight. The model tags the ordinal ORDINAL, which names no figure, so
the run went unread: a figure only one article gives ("won his 10th consecutive bout") was never
marked, and two articles giving it were never seen to agree. Read here as the count of the run,
the ordinal with its streak word ("16th straight").

A run of days or nights ("the sixth straight day of protests") counts on with the calendar: it
is the run as of the day of writing, and two reports a day apart tell two lengths of one run.
Such a run is left unread, as before."""

from __future__ import annotations

from typing import Any

from desktop.core.extraction.facts import RawEntity
from desktop.core.extraction.parse_cache import parsed_entities
from desktop.core.lexicon.games import STREAK_WORDS
from desktop.core.lexicon.time_words import TIME_UNITS
from desktop.core.sport.streak_lengths import streak_length

# The units of a run that grows with the calendar.
_CALENDAR_RUNS = TIME_UNITS | {"night"}


def streak_ordinals(
    spacy_doc: Any, text: str, sent_index: dict[int, int], found: list[RawEntity]
) -> list[RawEntity]:
    """Each ordinal the model tagged right before a word of a streak, with that word, as a
    count; none where a figure of ``found`` already covers it."""
    out = []
    for ent in parsed_entities(spacy_doc):
        if ent.label_ != "ORDINAL" or ent.end >= len(spacy_doc):
            continue
        if spacy_doc[ent.end].lower_ not in STREAK_WORDS:
            continue
        if ent.root.head.lemma_.lower() in _CALENDAR_RUNS:
            continue  # "the sixth straight day": as long as the day of writing makes it
        span = spacy_doc[ent.start : ent.end + 1]
        start, end = span.start_char, span.end_char
        if streak_length(text[start:end].lower()) is None:
            continue
        if any(r.start < end and start < r.end for r in found):
            continue
        sentence = sent_index.get(span.sent.start, 0)
        out.append(RawEntity(start, end, text[start:end], "CARDINAL", sentence, span))
    return out
