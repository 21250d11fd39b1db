"""One entity as a fact: its type, its normalised value, and the context that says what it counts.

The small English pipeline slips in predictable ways, and each reading here corrects one: an age
read as a date ("Petrov, 47"), a duration read as a date ("six weeks"), a pronoun or a social
network read as a person, a fire department read as a person. Figures and ages are read in
``figure_facts``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from desktop.core.extraction.date_facts import date_fact
from desktop.core.extraction.parse_cache import parsed_text, sentence_bounds, token_rows
from desktop.core.extraction.slot_words import slot_word
from desktop.core.figures.facts.figure_facts import number_fact
from desktop.core.figures.numbers.values import (
    DateValue,
    NumberValue,
)
from desktop.core.lexicon import NOT_NAMES, NOT_PLACES
from desktop.core.lexicon.party_names import PARTY_LETTERS, PARTY_NAMES
from desktop.core.lexicon.titles import NAME_TITLES
from desktop.core.locations.place_steps import place_step
from desktop.core.locations.road_numbers import road_at, road_key
from desktop.core.locations.street_addresses import address_key
from desktop.core.locations.street_forms import street_key
from desktop.core.model import MentionType
from desktop.core.naming.entity_types import corrected_label
from desktop.core.naming.names import fold, nationality_country, org_key, person_key, place_key
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
        return _told_age(date_fact(fact, span, reference), span)
    else:
        return _told_age(number_fact(fact, span, reference), span)
    if label in _ROAD_LABELS and (road := road_at(parsed_text(span.doc), raw.start, raw.end)):
        # "U.S." in "on U.S. 61", "US" in "US 1": part of a road's name, which is the road
        fact.type, fact.key = MentionType.PLACE, road_key(road)
    elif label in _ROAD_LABELS and (address := address_key(raw.text)):
        fact.type, fact.key = MentionType.PLACE, f"place:{address}"  # "2100 N. Broadway"
    return fact


def _told_age(fact: Fact | None, span: Any) -> Fact | None:
    """ "died at 86", "at the age of 87": a person's age, never a count of the dead."""
    if fact is None or fact.number is None or (told := event_age(span)) is None:
        return fact
    if fact.slot.get("age", 0.0) < 1.0:
        fact.slot = {"age": 1.0}
    fact.key, fact.life_age = f"age:{fact.value}", (told.subject, told.step)
    return fact


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
