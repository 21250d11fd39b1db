"""One entity as a fact: its type, its normalised value, and the context that says what it counts.

The small English pipeline slips in predictable ways, and each reading here corrects one: an age
read as a date ("Petrov, 47"), a duration read as a date ("six weeks"), a pronoun or a social
network read as a person, a fire department read as a person. Figures and ages are read in
``figure_facts``.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

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
from desktop.core.events.event_ties import later_death, later_step, said_on, tied_to_other_event
from desktop.core.extraction.page_stamps import page_stamp, posted_on
from desktop.core.extraction.parse_cache import parsed_text, sentence_bounds, token_rows
from desktop.core.extraction.slot_words import slot_word, slot_words
from desktop.core.figures.facts.figure_facts import AGE_WORDS, age_fact, number_fact
from desktop.core.figures.facts.figure_shapes import names_a_model, product_number
from desktop.core.figures.numbers.number_words import counts_a_noun
from desktop.core.figures.numbers.set_phrases import in_a_set_phrase
from desktop.core.figures.numbers.values import (
    DateValue,
    NumberValue,
    parse_date,
    parse_number,
    parse_time,
)
from desktop.core.figures.owners.figure_parties import named_party
from desktop.core.figures.owners.figure_subjects import named_subject
from desktop.core.figures.ranges.negated_bounds import as_negated
from desktop.core.lexicon import DEICTIC_WORDS, NOT_NAMES, NOT_PLACES, PAGE_WORDS, STEP_BACK_PHRASES
from desktop.core.lexicon.party_names import PARTY_LETTERS, PARTY_NAMES
from desktop.core.lexicon.titles import NAME_TITLES
from desktop.core.locations.place_steps import place_step
from desktop.core.locations.road_numbers import road_at, road_key
from desktop.core.locations.street_addresses import address_key
from desktop.core.locations.street_forms import street_key
from desktop.core.model import MentionType
from desktop.core.naming.entity_types import corrected_label
from desktop.core.naming.names import fold, nationality_country, org_key, person_key, place_key
from desktop.core.persons.age_shapes import after_person, part_played
from desktop.core.persons.event_ages import event_age
from desktop.core.persons.person_nouns import only_person_nouns

LABEL_TYPES: dict[str, MentionType] = {
    "PERSON": MentionType.PERSON,
    "ORG": MentionType.ORGANISATION,
    "GPE": MentionType.PLACE,
    "LOC": MentionType.PLACE,
    "FAC": MentionType.PLACE,
    "NORP": MentionType.NATIONALITY,
    "DATE": MentionType.DATE,
    "TIME": MentionType.TIME,
    "CARDINAL": MentionType.NUMBER,
    "QUANTITY": MentionType.QUANTITY,
    "MONEY": MentionType.MONEY,
    "PERCENT": MentionType.PERCENT,
    "EVENT": MentionType.EVENT,
}
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT"})
_ROAD_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC"})
VALUE_TYPES = frozenset(
    {MentionType.NUMBER, MentionType.QUANTITY, MentionType.MONEY, MentionType.PERCENT}
)


@dataclass(frozen=True, slots=True)
class Token:
    """A word of a sentence: its offsets, its lowercase form, and its slot word if it carries
    content."""

    start: int
    end: int
    lower: str
    content: str  # "" for function words, punctuation and numbers
    # A noun or a name: what the sentence speaks of, as against what it says of it.
    noun: bool = False


@dataclass(slots=True)
class Fact:
    """A mention with everything the aligner needs; internal to the engine."""

    start: int
    end: int
    text: str
    type: MentionType
    label: str
    sentence: int
    key: str = ""  # identity within the article: "person:petrov", "place:russia"
    value: str = ""
    number: NumberValue | None = None
    date: DateValue | None = None
    slot: dict[str, float] = field(default_factory=dict)  # context word -> weight
    title: str = ""  # "Major", "President": kept apart from the name
    first: str = ""
    last: str = ""
    weak: bool = False  # "one of the...": a figure too vague to report on its own
    in_headline: bool = False
    age: str = ""  # "Major Petrov, 47": the age given beside a name
    part: bool = False  # "one of them", "the other eight": a part of a group, never its count
    part_told: NumberValue | None = None  # the five of "two of the five": the part told of it
    part_of: str = ""  # the group a part is told of: "victim" for "two of the victims"
    gap: bool = False  # "14 points clear", "lead by 14 points": how far apart, a part of none
    said_on: bool = False  # "police said Sunday": the day of a statement, not of the event
    small_hours: bool = False  # a day with the small hours just before it ("after midnight Sunday")
    midnight: bool = False  # ... with midnight itself, where it ends ("at midnight on Saturday")
    phase: str = ""  # the end of a process a day dates: "start" for "began to vote on Sunday"
    owner: str = ""  # an age's person: "person:petrov" for the 47 in "Petrov, 47"
    subject: str = ""  # a figure's named subject: "hiller" in "Hiller has worked 15 years"
    subject_absent: bool = False  # ... whom the other article never names (set per comparison)
    # ... a people the figure's own counted noun belongs to: "Seventeen Egyptian troops died"
    subject_counted: bool = False
    party: str = ""  # a figure's named acting body: "yankees" in "the Yankees committed $240m"
    party_shared: bool = False  # ... whom the other article names too (set per comparison)
    party_body: str = ""  # ... the body it names in full: "hewlett packard" for "HP"
    population_of: str = ""  # whose people a figure counts: "place:lima", "rank:country"
    counted: str = ""  # the noun a figure counts: "building" for "five buildings", "three houses"
    family: bool = False  # "his two children", "a mother of seven": someone's family (kin_counts)
    stage: bool = False  # "wounded in the initial shooting": a count of one stage (toll_phases)
    kind: str = ""  # the name that makes a kind of it: "all-star" for "four All-Star games"
    per: str = ""  # what "per" makes it a rate of: "inch" for "220 pixels per inch"
    deadline: bool = False  # "by 1958": the latest time the happening came, not its time
    ongoing: bool = False  # "were mourning Sunday": a day something went on, not a happening's
    scope: str = ""  # the place a count is made in: "takengon" for "10 houses ... in Takengon"
    scope_verb: str = ""  # ... and the verb it counts for: "damage"
    by_place: bool = False  # one of the article's counts of that, place by place (place_parts.py)
    labels: str = ""  # the noun a year labels: "tsunami" for "the 2004 tsunami"
    dates: str = ""  # the noun a date dates through "date": "release" for "a 2013 release date"
    measured_from: str = ""  # a distance's point: "aden" for "150 nautical miles west of Aden"
    # Tied to another event than the one reported ("an earlier quake of 7.2", "the 2004 toll").
    other_event: bool = False
    reach: bool = False  # "the highest turnout since 1998": how far back a record holds
    coming: bool = False  # "due in court Tuesday", "a third straight night Wednesday"
    ahead: bool = False  # "will take place on Thursday": a day after the page's, not before
    told_as: str = ""  # "plan" for "will release nine players", "deed" for "released three"
    held: bool = False  # "loaded with four bullets": what something held, not what happened
    hits: bool = False  # "was hit by seven bullets": the shots that struck, not those fired
    generic: bool = False  # "A magnitude 6 quake can cause severe damage": about no event at all
    interval: bool = False  # "nine days after", "a week later": the time between two happenings
    lapse_day: bool = False  # "on Friday ... two days later": the day a lapse counts to
    # "John Harlow died at 86": where the name of the person whose age it is starts, and the step
    # of life it was reached at ("" at death, "retire" for "retired at 70"); see event_ages.py.
    life_age: tuple[int, str] | None = None
    owner_name: str = ""  # the name an owned age is given to, as written: "John Harlow"
    step: str = ""  # a place's later step, "arrest" for "arrested in Dallas" (place_steps.py)
    apart: str = ""  # a count with the word setting its group apart: "five other", "two more"
    season: str = ""  # the season of play a tally is of: "last" for "20 goals last season"
    missed: bool = False  # "missed nine games": games a player missed, not games played
    fired_by: str = ""  # whose shots a count counts: "police", "defender", "other" (shooters.py)

    def attributes(self) -> tuple[tuple[str, str], ...]:
        pairs = (("title", self.title), ("age", self.age))
        return tuple((k, v) for k, v in pairs if v)


@dataclass(slots=True)
class RawEntity:
    """An entity as spaCy found it, before voting; ``span`` never leaves the extraction modules."""

    start: int
    end: int
    text: str
    label: str
    sentence: int
    span: Any  # spaCy Span


def entity_at(
    spacy_doc: Any, text: str, sent_index: dict[int, int], where: tuple[int, int], label: str
) -> RawEntity | None:
    """An entity the model did not tag over ``text[start:end]``; None off the token grid."""
    start, end = where
    span = spacy_doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    return RawEntity(start, end, text[start:end], label, sent_index.get(span.sent.start, 0), span)


def make_fact(
    raw: RawEntity, label: str, reference: date | None, sentence_starts: list[int]
) -> Fact | None:
    label = corrected_label(raw.text, label)
    if label in NAME_LABELS and not (raw.text[:1].isupper() or raw.text[:1].isdigit()):
        return None  # "the gulf", "the army": a common noun, not a name
    if label in NAME_LABELS and only_person_nouns(fold(raw.text)):
        return None  # "Mom says", "The Shooter fled": a relation or a role, no name of anything
    mtype = LABEL_TYPES[label]
    span = raw.span
    fact = Fact(raw.start, raw.end, raw.text, mtype, label, raw.sentence)
    if label == "PERSON":
        title_tokens = title_before(span)
        words = raw.text.split()
        first, last = person_key(raw.text)
        if not last or not raw.text[:1].isupper() or fold(raw.text) in NOT_NAMES:
            return None
        fact.first, fact.last = first, last
        fact.title = " ".join(title_tokens)
        fact.key = f"person:{last}"
        fact.value = " ".join(words)
        fact.slot = _role_words(span)
    elif label in ("GPE", "LOC", "FAC"):
        if fold(raw.text) in NOT_PLACES:
            return None
        # a street keeps its compass point: "West Madison Street" is no "East Madison Street"
        fact.key = f"place:{street_key(raw.text) or place_key(raw.text)}"
        fact.value = raw.text
        fact.step = place_step(span)
    elif label == "NORP":
        country = nationality_country(raw.text)
        # "Tories": the Conservatives; "D" of "Reed, D-Ohio": the Democrats
        group = PARTY_NAMES.get(fold(raw.text)) or PARTY_LETTERS.get(raw.text) or fold(raw.text)
        fact.key = f"place:{place_key(country)}" if country else f"group:{group}"
        fact.value = country.title() if country else raw.text
    elif label == "ORG":
        fact.key = f"org:{org_key(raw.text)}"
        fact.value = raw.text
    elif label == "EVENT":
        fact.key = f"event:{fold(raw.text)}"
        fact.value = raw.text
    elif label in ("DATE", "TIME"):
        return _told_age(_date_fact(fact, span, reference), span)
    else:
        return _told_age(number_fact(fact, span, reference), span)
    if label in _ROAD_LABELS and (road := road_at(parsed_text(span.doc), raw.start, raw.end)):
        # "U.S." in "on U.S. 61", "US" in "US 1": part of a road's name, which is the road
        fact.type, fact.key = MentionType.PLACE, road_key(road)
    elif label in _ROAD_LABELS and (address := address_key(raw.text)):
        fact.type, fact.key = MentionType.PLACE, f"place:{address}"  # "2100 N. Broadway"
    return fact


def _scaled_words(text: str) -> bool:
    """ "four and a half million", which the model tags a date: a figure told in words with a
    scale word of a count (million, billion), no time at all."""
    return _SCALED_WORDS.fullmatch(text.strip()) is not None and parse_number(text) is not None


# Number words before a scale of counts: "four and a half million", "two million".
_SCALED_WORDS = re.compile(r"[a-z]+(?:[ -][a-z]+){0,4} (?:million|billion|trillion)", re.I)


def _told_age(fact: Fact | None, span: Any) -> Fact | None:
    """ "died at 86", "at the age of 87": a person's age, never a count of the dead."""
    if fact is None or fact.number is None or (told := event_age(span)) is None:
        return fact
    if fact.slot.get("age", 0.0) < 1.0:
        fact.slot = {"age": 1.0}
    fact.key, fact.life_age = f"age:{fact.value}", (told.subject, told.step)
    return fact


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


def _date_fact(fact: Fact, span: Any, reference: date | None) -> Fact | None:
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


def title_before(span: Any) -> list[str]:
    titles: list[str] = []
    i, first = span.start - 1, sentence_bounds(span.doc, span.start)[0]
    while i >= first and span.doc[i].lower_.rstrip(".") in NAME_TITLES:
        titles.insert(0, span.doc[i].text)
        i -= 1
    return titles


def _role_words(span: Any) -> dict[str, float]:
    """What a person is said to be: titles, appositions ("deputy chief") and the sentence's
    verbs."""
    words: dict[str, float] = {}
    rows = token_rows(span.doc)  # lists, not a Token per word of the sentence
    for i in range(*sentence_bounds(span.doc, span.start)):
        if rows.pos[i] in ("NOUN", "VERB", "ADJ") and not rows.is_stop[i]:
            words[slot_word(rows.lemma[i])] = 0.5
    for title in title_before(span):
        words[slot_word(title.lower().rstrip("."))] = 1.0
    for tok in span.root.children:
        if tok.dep_ == "appos":
            for t in tok.subtree:
                if t.pos_ == "NOUN":
                    words[slot_word(t.lemma_)] = 1.0
    return words
