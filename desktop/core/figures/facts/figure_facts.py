"""A figure as a fact: its value, what it counts, and whether it counts the story's whole.

A figure the parser found ("12 dead", "$4 million a year") or a date it misread ("Petrov, 47",
"a 61-year-old"): read into its value, its context words, and the flags that keep a part of a
group, an address, a rate or another event's figure from being compared as the story's count.
``facts.make_fact`` hands each figure here.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING, Any

from desktop.core.datetimes.clause_dates import dated_apart, dated_over_years
from desktop.core.datetimes.coming_steps import count_told_as
from desktop.core.datetimes.time_frames import in_another_month
from desktop.core.events.event_ties import tied_to_other_event
from desktop.core.events.generic_claims import about_a_kind
from desktop.core.events.later_happenings import in_a_later_happening
from desktop.core.events.recaps import continues_another_incident
from desktop.core.events.toll_phases import counts_one_stage
from desktop.core.extraction.slot_words import slot_word, slot_words
from desktop.core.figures.changes.fraction_shares import read_as_share
from desktop.core.figures.changes.multiples import TOLD as TOLD_MULTIPLE
from desktop.core.figures.counted.bullets_hit import counts_hits
from desktop.core.figures.counted.counted_group import (
    counts_a_gap,
    counts_contents,
    counts_part_of_group,
)
from desktop.core.figures.counted.figure_tolls import counted_noun
from desktop.core.figures.counted.kin_counts import counts_a_family
from desktop.core.figures.counted.named_kinds import named_kind
from desktop.core.figures.counted.part_groups import part_group
from desktop.core.figures.counted.set_apart_counts import set_apart_word
from desktop.core.figures.counted.times_counted import times_counted
from desktop.core.figures.facts.figure_shapes import (
    a_word_of_a_name,
    clock_reading,
    dialled_code,
    ends_on_full_stop,
    in_a_descriptive_compound,
    in_phone_number,
    per_unit,
    rate_period,
    with_unit,
)
from desktop.core.figures.numbers.million_counts import read_as_millions
from desktop.core.figures.numbers.scale_figures import read_on_a_scale
from desktop.core.figures.numbers.set_phrases import in_a_set_phrase
from desktop.core.figures.numbers.speeds import as_speed
from desktop.core.figures.numbers.unit_compounds import count_before_compound
from desktop.core.figures.numbers.values import (
    NumberValue,
    is_currency,
    is_currency_word,
    is_unit,
    parse_number,
)
from desktop.core.figures.numbers.word_quantities import counts_what_follows
from desktop.core.figures.owners.figure_asides import aside_owner
from desktop.core.figures.owners.figure_parties import named_party
from desktop.core.figures.owners.figure_places import counts_its_subject
from desktop.core.figures.owners.figure_seasons import season_of
from desktop.core.figures.owners.figure_subjects import named_subject
from desktop.core.figures.owners.population_owners import population_owner
from desktop.core.lexicon import ADDRESS_WORDS, COUNT_SLOTS, SLOT_SYNONYMS, WEAK_NUMBER_WORDS
from desktop.core.lexicon.games import PLAYER_TALLIES
from desktop.core.lexicon.money_verbs import MONEY_NOUNS, MONEY_VERBS
from desktop.core.lexicon.people import PAST_ROLE_WORDS
from desktop.core.locations.distance_from import measured_from
from desktop.core.locations.place_parts import count_scope, count_verb
from desktop.core.model import MentionType
from desktop.core.persons.age_shapes import (
    aged_now,
    apposed_age,
    apposed_noun,
    part_played,
    predicate_age,
)
from desktop.core.sport.missed_games import counts_games_missed
from desktop.core.sport.scores import a_record

if TYPE_CHECKING:
    from desktop.core.extraction.facts import Fact


def _an_address(fact: Fact) -> bool:
    """ "the 2300 block of Main Street", "apartment 12": a figure that locates, not counts."""
    return any(weight >= 1.0 and word in ADDRESS_WORDS for word, weight in fact.slot.items())


def _sum_of_goods(span: Any) -> bool:
    """ "almost $2 million of jewelry", "£5m of cocaine": a sum before "of" and a bare noun is what
    the goods are worth, as "11 million gallons of oil" measures the oil; "$2 million of the $5
    million raised" still takes a part of a sum the article tells."""
    doc = span.doc
    signed = any(t.text in "$£€¥" or is_currency_word(t.lower_) for t in span)
    if not signed or span.end + 1 >= len(doc):
        return False
    return doc[span.end + 1].pos_ in ("NOUN", "ADJ", "PROPN")


def _type_by_unit(fact: Fact, value: NumberValue) -> None:
    """The type the figure's unit gives it, whatever the tagger said."""
    if fact.type is MentionType.PERCENT and not value.dimension:
        fact.number = NumberValue(value.low, value.high, "percent", value.exact)
    elif fact.type is MentionType.NUMBER and value.dimension == "percent":
        fact.type = MentionType.PERCENT  # "Sixty-five" + "per cent" the model left outside
    elif fact.type is MentionType.NUMBER and is_currency(value.dimension):
        fact.type = MentionType.MONEY  # "1.5 billion euros", tagged a cardinal: a sum of money
    elif fact.type is MentionType.QUANTITY and not value.dimension:
        # A quantity without a unit counts things: "46 9-mm bullets", tagged a quantity for its
        # unit compound, is compared with the other article's "more than 30 bullets".
        fact.type = MentionType.NUMBER


def _count_alone(fact: Fact, value: NumberValue) -> None:
    """ "46 9-mm" marks only "46": the hyphened measure says what kind of thing is counted, and
    the other article's "46 bullets" is the same figure (figures/numbers/unit_compounds.py)."""
    if value.dimension or count_before_compound(" ".join(fact.text.lower().split())) is None:
        return
    count = fact.text[: fact.text.rstrip().rfind(" ")].rstrip()
    fact.end, fact.text = fact.start + len(count), count


def _a_part(span: Any) -> bool:
    """A figure that counts part of a group, not the group: "one of them", "the other eight",
    "seven men and six women" (13 people in all)."""
    doc = span.doc
    if (
        span.end < len(doc)
        and doc[span.end].lower_ == "of"
        and not counts_what_follows(span)
        and not is_unit(span[-1].lower_)  # "11 million gallons of oil" measures the oil
        and not _sum_of_goods(span)
    ):
        return True  # "eight of the 10 crew"; not "tens of thousands of people"
    if span.start > 0 and doc[span.start - 1].lower_ in ("other", "another"):
        return True
    noun = span.root.head if span.root.dep_ == "nummod" else None
    if noun is None:
        return False
    joined = [c for c in noun.children if c.dep_ == "conj"]
    if noun.dep_ == "conj":
        joined.append(noun.head)
    # "cut 1,200 jobs, or 9 percent of its workforce": a share joined by "or" restates the
    # count as part of a whole the story does not count; the jobs are no part of a group.
    joined = [j for j in joined if j.lower_ not in _SHARE_WORDS]
    # Joined by "and"/"or" ("seven men and six women"), not a headline's comma list.
    coordinated = any(t.dep_ == "cc" for n in (noun, *joined) for t in n.children)
    # "12 dead and about 50 hurt": two tolls side by side, each the whole of its own count.
    tolls = {SLOT_SYNONYMS.get(n.lemma_.lower(), "") for n in (noun, *joined)} & COUNT_SLOTS
    if len(tolls) > 1:
        return False
    if {n.lemma_.lower() for n in (noun, *joined)} <= PLAYER_TALLIES:
        return False  # "eight rebounds and six assists": two tallies, each whole
    return coordinated and any(any(g.dep_ == "nummod" for g in j.children) for j in joined)


# The nouns of a share: "9 percent", "9%", "9 per cent" (the parser hangs "per" on "cent").
_SHARE_WORDS = frozenset({"percent", "%", "pct", "cent", "percentage"})


# "61-year-old" (tagged a date), "sixty-one-year-old" (a figure), "aged 61": one age, one key.
AGE_WORDS = re.compile(r"\b(age|aged|years? old|years?-old)\b", re.I)


def age_fact(fact: Fact, span: Any) -> Fact | None:
    value = parse_number(fact.text)
    if value is None:
        return None
    fact.type, fact.number = MentionType.NUMBER, value
    fact.slot = {"age": 1.0, **_aged(span), **part_played(span)}
    fact.value = value.display()
    fact.key = f"age:{fact.value}"
    # "In a separate shooting, a 40-year-old man was hurt": the age of another incident's man,
    # as a figure "Smith, 40," in that clause would be. "a 61-year-old former employee" is
    # past in the job only: the age is the man's now.
    fact.other_event = tied_to_other_event(span, None, unless=PAST_ROLE_WORDS)
    return fact


_POUNDS = re.compile(r"\bpounds?\b", re.IGNORECASE)


def _paid(span: Any) -> bool:
    """ "earning its author 50,000 pounds", "paid 300 pounds for it": pounds a verb of paying
    or earning takes are money (``lexicon.money_verbs``), and so are pounds a sum's noun takes
    ("a one-off payment of 300 pounds", "a fine of 5,000 pounds"); "weighed 300 pounds" is a
    weight."""
    root = span.root
    verb = root.head.head if root.dep_ == "pobj" else root.head
    if _POUNDS.search(span.text) is None:
        return False
    if root.dep_ == "pobj" and root.head.lower_ == "of" and verb.lemma_.lower() in MONEY_NOUNS:
        return True
    return verb.lemma_.lower() in MONEY_VERBS


def _weighed(span: Any) -> bool:
    """ "weighed in at 200 pounds": pounds a verb of weighing takes are a weight, whatever the
    tagger called them."""
    return any(t.lemma_.lower() == "weigh" for t in span.root.ancestors)


def number_fact(fact: Fact, span: Any, reference: date | None) -> Fact | None:
    if (
        in_phone_number(span)
        or clock_reading(span)  # "with 4:12 left": a clock, not four of anything
        or in_a_descriptive_compound(span)
        or a_word_of_a_name(span)
        or in_a_set_phrase(span)
    ):
        return None  # "call 319-286-5491" dials, "a two-handed assault" describes: no figure
    # "called 911": a line, not a count; kept (weak) so a changed number still shows.
    dialled = dialled_code(span)
    span = with_unit(span)
    fact.start, fact.end, fact.text = span.start_char, span.end_char, span.text
    if ends_on_full_stop(span):
        fact.end, fact.text = fact.end - 1, fact.text[:-1]
    if AGE_WORDS.search(fact.text):
        return age_fact(fact, span)  # "the sixty-one-year-old", tagged a figure: an age still
    value = parse_number(fact.text)
    if value is None:
        return None
    _count_alone(fact, value)
    value = read_as_millions(span, value)  # "2m users" are two million, not two metres
    if (share := read_as_share(fact.text, value)) is not value:
        fact.type, value = MentionType.PERCENT, share  # "two-thirds of homes", not two homes
    if value.dimension == "percent" and fact.type in (MentionType.NUMBER, MentionType.MONEY):
        # "Sixty-five" + "per cent" taken in, "65 per cent" the model calls a sum: a share.
        fact.type = MentionType.PERCENT
    if value.dimension == "mass" and (
        (fact.type is MentionType.MONEY and not _weighed(span)) or _paid(span)
    ):
        # "cost 2 billion pounds", which the model tags a sum, or "earning its author 50,000
        # pounds", which it tags a weight: sterling, not a weight.
        value = parse_number(_POUNDS.sub("GBP", fact.text)) or value
        fact.type = MentionType.MONEY if value.dimension == "gbp" else fact.type
    fact.number = value
    fact.value = value.display()
    # "She was 91.": an age, so no count and no "number:91" either.
    said_age = predicate_age(span)
    fact.key = f"age:{fact.value}" if said_age else f"number:{fact.value}"
    fact.slot = {"age": 1.0} if said_age or apposed_age(span) else slot_words(span)
    if not said_age and (noun := apposed_noun(span)):
        fact.slot[slot_word(noun)] = 1.0  # "The gunman, 25,": the gunman's age
    if "age" in fact.slot:
        fact.slot.update(part_played(span))  # "A man aged 36 was charged": the suspect's age
    fact.generic = about_a_kind(span)
    # "The former president, 77,": as for "the 77-year-old former president", the age is the
    # man's now, whatever post he held before.
    unless = PAST_ROLE_WORDS if "age" in fact.slot else frozenset()
    fact.other_event = (
        tied_to_other_event(span, None, unless=unless)
        or in_another_month(span, reference)
        or dated_apart(span, reference)  # "600 were killed in February" (a November page)
        or dated_over_years(span)  # "2 million died in the latest war, from 1983-2005"
        or fact.generic
        or continues_another_incident(span)  # "The last quake ... It killed 612"
        or in_a_later_happening(span)  # "followed by a magnitude 4.8 tremor"
    )
    # "Klitschko blasted Rahman (45-7-2, 36 KOs)": the aside after a name says whose record it
    # is before the clause's subject does; an age has its own owner (``owner``).
    owner = "" if "age" in fact.slot else aside_owner(span)
    fact.subject, fact.counted = owner or named_subject(span), counted_noun(span)
    fact.counted = fact.counted or times_counted(span)  # "a three-time Oscar winner": wins
    fact.subject_counted = counts_its_subject(span, fact.subject)
    fact.season = season_of(span)
    fact.missed = counts_games_missed(span)
    if fact.missed:  # "sat out seven games" counts the games missed, as "missed nine games" does
        fact.slot["missing"] = 1.0
    fact.family = counts_a_family(span)
    fact.stage = counts_one_stage(span)
    fact.told_as = count_told_as(span)  # "will release nine players": not yet released
    fact.kind = named_kind(span) if fact.counted else ""
    fact.scope, fact.scope_verb = count_scope(span), count_verb(span)
    read_on_a_scale(fact, span)  # "a magnitude 6.1 earthquake" reads the magnitude
    fact.party = named_party(span)
    fact.population_of = population_owner(span)  # "Warsaw, a city of 1.8 million"
    fact.measured_from = measured_from(span) if value.dimension == "length" else ""
    words = fact.text.lower().split()
    # "one" counts too little to report alone; a measure of one unit or less ("a 9-millimeter
    # handgun", 0.009 metres) measures as much as any other.
    fact.weak = fact.type is MentionType.NUMBER and (
        (len(words) == 1 and words[0] in WEAK_NUMBER_WORDS)
        or (value.high <= 1 and not value.dimension)
    )
    # Parts of a group, shares of a split, how often: none is the group's count.
    fact.part = _a_part(span) or counts_part_of_group(span) or a_record(span)
    fact.part_of = part_group(span) if fact.part else ""  # "two of the victims": victims
    fact.gap = counts_a_gap(span)  # ... but two gaps between the same sides may be compared
    fact.held = counts_contents(span)
    fact.hits = counts_hits(span)  # "hit by seven bullets" / "fired 11 shots": two counts
    fact.apart = set_apart_word(span)  # "five other people": maybe not the group "four" counts
    fact.said_on = "age" in fact.slot and aged_now(span)  # "now 18": as of the writing
    if fact.part or _an_address(fact) or dialled or TOLD_MULTIPLE.fullmatch(fact.text):
        fact.weak = True  # ... or "sales doubled": a verb, no figure a reader looks for
    _type_by_unit(fact, value)
    period = rate_period(span)
    # "220 pixels per inch": a rate of any noun; one per a period of time is read as a unit below
    fact.per = "" if period else per_unit(span)
    if period == "hour" and fact.number is not None and fact.number.dimension == "length":
        # "60 miles an hour" with "an hour" left outside the figure: a speed, as "60 mph" is
        # (metres an hour into metres a second, the unit of every speed).
        number = fact.number
        fact.number = NumberValue(
            number.low / 3600, number.high / 3600, "speed", number.exact, number.bound
        )
        fact.value = fact.number.display()
        fact.key = f"number:{fact.value}"
    elif period and fact.number is not None:
        # "$4 million a year" is a rate: never set against a total ("a $70 million offer").
        number = fact.number
        fact.number = as_speed(number, period) or NumberValue(
            number.low, number.high, f"{number.dimension}/{period}", number.exact, number.bound
        )
        fact.key = f"number:{fact.value}/{period}"
    return fact


def _aged(span: Any) -> dict[str, float]:
    """The word an age describes: "a 16-year-old boy" -> boy, so that two articles' ages of
    "the boy" are ages of one person even when neither names him."""
    head = span.root.head
    if head.i < span.end or head.pos_ != "NOUN" or span.root.dep_ not in ("amod", "compound"):
        return {}
    return {slot_word(head.lemma_): 1.0}
