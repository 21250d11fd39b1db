"""One date or time entity as a fact: a day, a clock time, a duration, or nothing at all.

The model tags many things DATE or TIME that are none: an age ("Petrov, 47"), a figure in words
("eighty-four"), a page's own time stamp ("Updated 5:12 p.m."), a rate ("a minute"). What is
left is read as a clock time, a calendar day or a length of time, and marked when its day
belongs to another event or a later step. Called by ``facts.make_fact``.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date
from typing import TYPE_CHECKING, Any

from desktop.core.datetimes.clock import bracketed_zones
from desktop.core.datetimes.coming_steps import coming_or_serial_day, day_ahead
from desktop.core.datetimes.dated_happenings import with_dated_happening
from desktop.core.datetimes.deadlines import by_a_deadline
from desktop.core.datetimes.durations import (
    duration_number,
    hours_long,
    in_minutes,
    is_interval,
    one_unit_interval,
    one_unit_length,
    seasons_as_years,
    worded_amount,
)
from desktop.core.datetimes.led_zones import led_zones
from desktop.core.datetimes.ongoing_days import on_an_ongoing_verb
from desktop.core.datetimes.past_days import dated
from desktop.core.datetimes.process_ends import process_end
from desktop.core.datetimes.record_reach import reaches_back_to
from desktop.core.datetimes.small_hours import after_small_hours, at_midnight
from desktop.core.datetimes.time_frames import in_another_month
from desktop.core.datetimes.vague_lapses import vague_lapse
from desktop.core.datetimes.year_labels import date_noun_dates, labelled_noun
from desktop.core.datetimes.year_spans import year_span_key, year_span_start
from desktop.core.events.event_ties import said_on, tied_to_other_event
from desktop.core.events.later_steps import later_death, later_step
from desktop.core.extraction.page_stamps import page_stamp, posted_on
from desktop.core.extraction.parse_cache import parsed_text, sentence_bounds, token_rows
from desktop.core.extraction.slot_words import slot_words
from desktop.core.figures.facts.figure_facts import AGE_WORDS, age_fact, number_fact
from desktop.core.figures.facts.figure_shapes import names_a_model, product_number
from desktop.core.figures.numbers.number_words import counts_a_noun
from desktop.core.figures.numbers.set_phrases import in_a_set_phrase
from desktop.core.figures.numbers.values import (
    DateValue,
    parse_date,
    parse_number,
    parse_time,
)
from desktop.core.figures.owners.figure_parties import named_party
from desktop.core.figures.owners.figure_subjects import named_subject
from desktop.core.figures.ranges.negated_bounds import as_negated
from desktop.core.lexicon import DEICTIC_WORDS, PAGE_WORDS, STEP_BACK_PHRASES
from desktop.core.model import MentionType
from desktop.core.persons.age_shapes import after_person, part_played

if TYPE_CHECKING:
    from desktop.core.extraction.facts import Fact


def _scaled_words(text: str) -> bool:
    """ "four and a half million", which the model tags a date: a figure told in words with a
    scale word of a count (million, billion), no time at all."""
    return _SCALED_WORDS.fullmatch(text.strip()) is not None and parse_number(text) is not None


# Number words before a scale of counts: "four and a half million", "two million".
_SCALED_WORDS = re.compile(r"[a-z]+(?:[ -][a-z]+){0,4} (?:million|billion|trillion)", re.I)


# The words a figure written out is made of, besides its number words: "Two and a half million".
_FIGURE_JOINS = frozenset({"and", "a", "half", "quarter", "-"})


def _figure_in_words(span: Any) -> bool:
    """ "eighty-four", "Two and a half million" tagged a date: a figure written out in words
    and nothing else tells no day, month or span of time."""
    words = [t for t in span if not t.is_space]
    if not words or any(t.is_digit or not (t.like_num or t.lower_ in _FIGURE_JOINS) for t in words):
        return False
    value = parse_number(span.text)
    return value is not None and value.exact and not value.dimension


def date_fact(fact: Fact, span: Any, reference: date | None) -> Fact | None:
    """A date or time the model tagged, as a fact: a day, a clock time, a duration, or None.

    Ages, plain figures and figures in words the model read as dates become numbers; a page's
    own stamp is dropped; a day tied to another event or a later step is marked so."""
    text = fact.text
    if in_a_set_phrase(span) or product_number(span):
        return None  # "the zero-day flaw": no span of days
    if re.fullmatch(r"\d{1,3}", text.strip()) and after_person(span):
        # "Petrov, 47": an age the model read as a date.
        value = parse_number(text)
        fact.type, fact.number = MentionType.NUMBER, value
        fact.slot = {"age": 1.0} | part_played(span)  # "Daniel Roe, 39, was charged": a suspect
        fact.key = f"number:{value.display() if value else text}"
        fact.value = value.display() if value else text
        return fact
    if (
        re.fullmatch(r"\d{1,3}", text.strip())
        or counts_a_noun(span)
        or _figure_in_words(span)
        or _scaled_words(text)
    ):
        # "injuring 80." or "Forty firefighters were sent" read as a date: a plain figure; so is
        # "eighty-four" ("died aged eighty-four"), "Two and a half million": figures in words
        fact.type = MentionType.NUMBER
        return number_fact(fact, span, reference)
    if AGE_WORDS.search(text):
        return age_fact(fact, span)
    slot = slot_words(span)  # read once: each branch below keeps it
    paged = slot.keys() & PAGE_WORDS
    words = [t.lower_ for t in span.sent] if paged else []
    if (paged and paged - bracketed_zones(words) - led_zones(words)) or page_stamp(span):
        return None  # "Updated 5:12 p.m. EST": when the page changed, not when anything happened
    if fact.type is MentionType.TIME and not hours_long(text):
        clock = parse_time(text)
        if clock is None and (
            _NO_MOMENT.fullmatch(" ".join(text.lower().split())) or vague_lapse(text)
        ):
            # "5,000 gallons a minute", "the last minute rule changes": no time; nor "Seconds
            # later", "just a few minutes after": the story's pacing.
            return None
        fact.value = clock or " ".join(text.lower().split())
        # "7 p.m. Friday": the day is part of the fact, and compared like any date.
        fact.key = (
            f"time:{fact.value}"  # the clock alone: the parser may or may not take the day in
        )
        day = _without_clock_year(dated(text, span, reference), clock)
        if day is not None and not day.is_empty:
            # "Friday night", "last night": a day at the precision the text gives, compared as such.
            fact.date = day
            fact.value = f"{clock} {day.display()}" if clock else fact.value
            slot = with_dated_happening(span, slot)  # "A fire destroyed ... Thursday night"
        fact.slot = slot
        fact.small_hours = after_small_hours(span)  # "shortly after midnight on Sunday"
        fact.midnight = at_midnight(span)
        fact.phase = process_end(span)  # "polls closed at 8 p.m.": the vote's end
        fact.other_event = _another_step(text, span, reference)
        fact.coming = coming_or_serial_day(span)
        fact.said_on = said_on(span)
        fact.deadline = by_a_deadline(span)  # "allowed back by Saturday evening"
        return fact
    parsed = dated(text, span, reference) or year_span_start(text)  # "from 1951-1957"
    if parsed is None or parsed.is_empty:
        text = seasons_as_years(text)  # "over 14 seasons": a sport's years of play
        # Durations ("six weeks", "18 years") are amounts, not dates.
        if re.search(r"\b(day|week|month|year|decade|hour|minute)s?\b", text, re.I):
            minutes = in_minutes(text)  # "two hours and 28 minutes": 148 minutes
            value = minutes or parse_number(text) or worded_amount(text)  # "a decade"
            interval = one_unit_interval(text, span) if value is None else None
            # "imposed for a week": one unit, how long it lasted.
            interval = interval or (one_unit_length(text, span) if value is None else None)
            if value is None and interval is None:
                return _relative_period(fact, span)
            fact.type = MentionType.QUANTITY
            # A duration is measured in time: "20 years" must never be set against "two" guards.
            if value is not None:
                unit = "minutes" if minutes is not None else _duration_unit(text)
                fact.number = as_negated(duration_number(value, unit), span)
                fact.value = f"{value.display()} {unit}"
            elif interval is not None:
                fact.number, unit = interval
                fact.value = f"1 {unit}"
            fact.key = f"duration:{fact.value}"
            fact.interval = is_interval(text, span)
            fact.slot = slot
            fact.subject, fact.party = named_subject(span), named_party(span)
            return fact
        return None
    fact.value = parsed.display()
    if posted_on(span):
        # An embedded post's date: when it was said, not when anything happened. Kept as a
        # fact (so its figures are never read again as counts) but compared with nothing.
        fact.key, fact.weak = f"posted:{fact.value}", True
        return fact
    fact.date = parsed
    fact.key = year_span_key(text) or f"date:{fact.value}"  # "from 1974 to 1979": both ends
    fact.slot = with_dated_happening(span, slot)  # "The fire broke out ... on Wednesday"
    fact.small_hours = after_small_hours(span)  # "shortly after midnight on Sunday"
    fact.midnight = at_midnight(span)
    fact.phase = process_end(span)  # "began to cast their ballots on Sunday": the vote's start
    fact.other_event = _another_step(text, span, reference)
    fact.coming = coming_or_serial_day(span)
    fact.ahead = fact.coming and day_ahead(span)
    fact.said_on = said_on(span)
    fact.deadline = by_a_deadline(span)
    fact.ongoing = on_an_ongoing_verb(span)
    fact.labels = labelled_noun(span)
    fact.reach = reaches_back_to(span)  # "the highest since 1998"
    fact.dates = date_noun_dates(span)
    # "his 2013 Toyota Camry": a model's year names which car, not when anything happened; kept
    # (weak) so a changed year still shows, never yellow on its own.
    fact.weak = re.fullmatch(r"(1[89]|20)\d\d", text.strip()) is not None and names_a_model(span)
    return fact


# A unit of time after "a", "per" or "last" names a rate or a haste, not a moment; "the
# eleventh hour" is the last moment of anything ("this 11th-hour rule"), no clock time.
_NO_MOMENT = re.compile(
    r"(?:the )?(?:a|an|per|each|every|last)[ -](?:second|minute|hour)s?"
    r"|(?:the |this |an? )?(?:11th|eleventh)[ -]hour"
)


def _another_step(text: str, span: Any, reference: date | None) -> bool:
    """The day belongs to another event, a later step or a time the sentence is set in."""
    return (
        tied_to_other_event(span, reference)
        or _later_step_day(text, span)
        or _steps_back(span)
        or in_another_month(span, reference)
    )


def _steps_back(span: Any) -> bool:
    """ "The aftershock shook the island on Monday as the toll from the quake a day before
    rose": the sentence dates its event a step before the day it names, so that day belongs to
    what followed."""
    sent_start, sent_end = sentence_bounds(span.doc, span.start)
    rows = token_rows(span.doc)
    said = parsed_text(span.doc)[rows.idx[sent_start] : rows.end[sent_end - 1]]
    words = " " + " ".join(said.lower().split()) + " "
    return any(f" {phrase} " in words for phrase in STEP_BACK_PHRASES)


def _later_step_day(text: str, span: Any) -> bool:
    """A weekday or relative day on a later step's verb ("arrested Monday", "sentenced
    Thursday"): the news cycle's own dating of what followed the event. A day given with its
    month ("convicted in June 1998") is the story's history and is compared as dated."""
    plain = parse_date(text, None)
    cycle = plain is None or plain.is_empty or (plain.month is None and plain.year is None)
    if not cycle and plain is not None and plain.day is not None and plain.year is None:
        return later_death(span)  # "died June 5 at a hospital": a death after the shots
    return cycle and later_step(span)


def _relative_period(fact: Fact, span: Any) -> Fact | None:
    """ "Last month" in an article with no date of its own: a time the text gives, kept in its
    own words so that an article that never says it shows it as one-sided; it is compared with
    nothing, since its calendar date is unknown."""
    words = " ".join(fact.text.lower().split())
    if not DEICTIC_WORDS & set(words.split()):
        return None
    fact.value, fact.key = words, f"when:{words}"
    fact.slot = slot_words(span)
    return fact


def _without_clock_year(day: DateValue | None, clock: str | None) -> DateValue | None:
    """ "2045 GMT", "1630 hrs": the four digits of a 24-hour clock name an hour, never a year."""
    if (
        day is None
        or clock is None
        or day.year is None
        or f"{day.year:04d}" != clock.replace(":", "")
    ):
        return day
    return dataclasses.replace(day, year=None)


def _duration_unit(text: str) -> str:
    match = re.search(r"\b(day|week|month|year|decade|hour|minute)s?\b", text, re.I)
    return match.group(1).lower() + "s" if match else ""
