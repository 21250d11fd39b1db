"""What a fact claims, and how two claims about the same thing relate.

A figure keeps its bounds ("at least five" is a lower bound, not five), a date keeps the precision
the text gives (a weekday is a weekday, not a guessed calendar day), and a value tied to another
event ("an earlier quake of 7.2") is compared only with values tied to another event too.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date

from desktop.core.extraction.extract import VALUE_TYPES, Analysis, Fact
from desktop.core.figures.owners.figure_parties import two_parties
from desktop.core.figures.owners.population_owners import two_populations
from desktop.core.findings import tuning
from desktop.core.findings.amounts.currency_sums import currency_relation, two_currencies
from desktop.core.findings.amounts.loose_units import one_unit_loosely
from desktop.core.findings.amounts.scaled_rounding import rounds_to, scale_changed
from desktop.core.findings.bookkeeping.claim_dates import ONE_NIGHT_WHY as ONE_NIGHT_WHY
from desktop.core.findings.bookkeeping.claim_dates import clock_time, date_relation
from desktop.core.findings.bookkeeping.claim_dates import one_night as one_night
from desktop.core.findings.bookkeeping.claim_dates import written_date as written_date
from desktop.core.findings.bookkeeping.claimable import claimable as claimable
from desktop.core.findings.bookkeeping.claimable import furniture as furniture
from desktop.core.findings.bookkeeping.claimable import questions as questions
from desktop.core.findings.bookkeeping.claimable import restated as restated
from desktop.core.findings.bookkeeping.claimable import tally_sentences as tally_sentences
from desktop.core.findings.bookkeeping.figures import Relation as Relation
from desktop.core.findings.bookkeeping.figures import close as close
from desktop.core.findings.bookkeeping.figures import number_relation as number_relation
from desktop.core.findings.bookkeeping.figures import same_figure
from desktop.core.findings.counts.aboard import parts_aboard
from desktop.core.findings.counts.contents import held_against_happened
from desktop.core.findings.counts.other_groups import counted_besides
from desktop.core.findings.counts.part_deeds import part_of_one_deed
from desktop.core.findings.counts.verdict_parts import part_told_as_whole
from desktop.core.findings.datetimes.days.calendar_days import one_calendar_happening
from desktop.core.findings.datetimes.spans.served_terms import term_against_time_served
from desktop.core.findings.datetimes.spans_told.told_years import years_ago_relation
from desktop.core.findings.events.damage_grades import damage_grades_apart
from desktop.core.findings.events.harm_counts import harm_apart, treated_among_hurt
from desktop.core.findings.events.risen_counts import risen_past_floor
from desktop.core.findings.events.tolls import different_counts as different_counts
from desktop.core.findings.events.tolls import is_age as is_age
from desktop.core.findings.events.tolls import nouns_counted as nouns_counted
from desktop.core.findings.events.tolls import one_toll_told as one_toll_told
from desktop.core.findings.events.tolls import same_toll as same_toll
from desktop.core.findings.events.tolls import tolls_told as tolls_told
from desktop.core.findings.locations.place_part_counts import place_part_relation
from desktop.core.findings.persons.age_drift import ages_drift as ages_drift
from desktop.core.findings.sport.won_and_lost import won_and_lost
from desktop.core.lexicon import (
    ADDRESS_WORDS,
    KINSHIP_NOUNS,
    PERSON_NOUNS,
    REPORT_NOUNS,
    STREET_WORDS,
)
from desktop.core.lexicon.counted_nouns import STRUCK_THINGS
from desktop.core.lexicon.happenings import SAME_HAPPENING
from desktop.core.lexicon.shares import SPLIT_NOUNS
from desktop.core.model import MentionType
from desktop.core.naming.link import NAME_TYPES


def family(fact: Fact) -> str:
    """The kind of claim: names are compared with names, counts with counts, days with days."""
    # The small model calls "Alicante" a person as readily as a place: within one sentence a
    # name swapped for another name is the change, whatever the labels say.
    if fact.type in NAME_TYPES:
        return "name"
    if fact.date is not None or fact.type in (MentionType.DATE, MentionType.TIME):
        return "date"
    if fact.type in VALUE_TYPES or fact.number is not None:
        return "value"
    return fact.type.value


def is_value(fact: Fact) -> bool:
    return fact.number is not None or fact.date is not None or bool(clock_time(fact))


def is_time(fact: Fact) -> bool:
    """A clock time ("9 a.m.", "10 in the morning"), with or without its day."""
    return bool(clock_time(fact))


def specific(fact: Fact) -> bool:
    """A figure precise enough to contradict: not "hundreds", not a bare month."""
    if fact.number is not None:
        return fact.number.bound != "vague" and fact.number.low > 0
    if fact.date is not None:
        return (
            fact.date.year is not None or fact.date.day is not None or fact.date.weekday is not None
        )
    return False


def _of_two_happenings(a: Fact, b: Fact) -> bool:
    """The two claims cannot be about one happening, whatever their values."""
    return (
        a.other_event != b.other_event  # "an earlier quake of 7.2" / this quake's 6.1
        or a.reach != b.reach  # "the highest since 1998" / "at the last election in 2021"
        or a.generic  # "A magnitude 6 quake can cause severe damage" is about no quake at all
        or b.generic
        # "one of them was arrested" counts no group: it contradicts no count. "52 percent of
        # the vote" is a share, and two shares of one whole are one claim.
        or (
            (a.part or b.part)
            and not (a.gap and b.gap)  # "lead by 14 points" / "14 points clear": one margin
            and not _shares(a, b)
            and not _one_split_share(a, b)
            and not counted_besides(a, b)
            and not part_told_as_whole(a, b)  # "guilty on 12 of the 14 counts" / "on 11 counts"
            and not part_of_one_deed(a, b)  # "Two of the victims were killed" / "killed two"
        )
        # "police said Sunday", "in a story on Aug. 10" date the telling, not the shooting
        or a.said_on != b.said_on
        # ... unless both date one thing: "a 2012 release" is the release "a 2013 release date"
        # dates
        or (dates_a_report(a) != dates_a_report(b) and not one_dated_thing(a, b))
    )


def _whole_against_its_part(a: Fact, b: Fact) -> bool:
    """ "five" of "Two of the five suspects" against the other article's "two suspects": that
    count is the part the sentence tells of, never a count of the whole (``partitive_wholes``)."""
    return any(
        whole.part_told is not None
        and other.number is not None
        and same_figure(whole.part_told, other.number)
        for whole, other in ((a, b), (b, a))
    )


def _shares(a: Fact, b: Fact) -> bool:
    return all(f.number is not None and f.number.dimension == "percent" for f in (a, b))


def _one_split_share(a: Fact, b: Fact) -> bool:
    """ "two women and one man died" / "killed five women and a man": a toll split by sex or
    age gives the same share in both, the women, so the two counts are one claim."""
    return a.part and b.part and a.counted == b.counted and a.counted in SPLIT_NOUNS


def relation(a: Fact, b: Fact, refs: tuple[date | None, date | None]) -> Relation | None:
    """How two claims of one slot relate; None when they measure different things."""
    if _of_two_happenings(a, b):
        return None
    if a.number is not None and b.number is not None:
        if is_age(a) != is_age(b) or different_counts(a, b) or _ago(a) != _ago(b):
            return None
        if a.interval != b.interval or _whole_against_its_part(a, b):
            # "in hospital for three weeks" / "a week after the heart attack"; "Two of the five
            # suspects" / "arrested two suspects": the five against the part told of them
            return None
        if (
            different_things_counted(a, b)
            or held_against_happened(a, b)
            or parts_aboard(a, b)
            or won_and_lost(a, b)  # "scored 80 goals" / "conceded 30": two sides of one record
            or (a.season and b.season and a.season != b.season)  # "last season" / "this season"
            or a.missed != b.missed  # "missed nine games" / "in eight games": missed, played
            # "the man fired two shots" / "officers fired 12 rounds": two shooters' counts
            or (a.fired_by and b.fired_by and a.fired_by != b.fired_by)
            # "two strong aftershocks" / "Aftershocks of 5.5": a count, and a reading
            or _fraction_against_count(a, b)
            or _fraction_against_count(b, a)
        ):
            return None
        if a.measured_from and b.measured_from and a.measured_from != b.measured_from:
            return None  # "150 miles west of Aden" / "13 miles from the Mysore": two points
        if locates(a) or locates(b):
            # "the 2500 block" / "the 8400 block": an address only agrees with the same address.
            same = locates(a) and locates(b) and same_figure(a.number, b.number)
            return Relation.SAME if same else None
        if is_age(a) and a.owner and a.owner == b.owner and _drifted(a, b, refs):
            return None  # "Lowery, 22" in April, "23" at the December trial (people_report
            # sets the ages of a man already dead in April against each other again)
        if is_age(a) and not a.owner and not b.owner and aged_alike(a, b):
            return number_relation(a.number, b.number)  # "a 16-year-old boy" / "a 32-year-old boy"
        if is_age(a) and (a.owner != b.owner or not a.owner):
            # Ages of two people ("Smith, 25" and "Jones, 31", or a 25-year-old victim and a
            # 28-year-old suspect) never clash; an age only agrees with the very same age.
            same = number_relation(a.number, b.number) is Relation.SAME
            return Relation.SAME if same and a.owner == b.owner else None
        if a.by_place or b.by_place:
            return place_part_relation(a, b)  # "10 houses ... in Takengon" / "40 houses"
        rel = _figure_relation(a, b, refs)
        if rel in (Relation.CLASH, Relation.BOUNDS) and (
            _two_subjects(a, b)
            or two_parties(a, b)  # "Red Sox offer $200 million" / "the Yankees committed $240m"
            or two_populations(a.population_of, b.population_of)  # Lima's / Peru's people
            or harm_apart((a, tolls_told(a)), (b, tolls_told(b)))
            or damage_grades_apart(a, b)  # "five villages badly hit" / "four destroyed"
            or treated_among_hurt(a, b)  # "three were treated at a hospital" / "five injured"
            or term_against_time_served(a, b)  # "sentenced to ... six months" / "served four"
            or _a_stage_within(a, b)  # "Four ... in the initial shooting" / "Five were injured"
            or a.per != b.per  # "220 pixels per inch" / "3200 pixels": a rate and a count
            # "will release nine players" / "released three players": a plan and a deed
            or {a.told_as, b.told_as} == {"plan", "deed"}
        ):
            return None  # "Ryan has worked 30 years" / "Hiller has worked 15 years": two people
        return rel
    if (a.date is not None and b.date is not None) or (clock_time(a) and clock_time(b)):
        if not _one_label(a, b):
            return None  # "the 2004 Tony Awards" / "won an Emmy in 2005": which awards, not when
        rel = date_relation(a, b, refs)
        return None if rel is Relation.CLASH and _days_of_two_kinds(a, b) else rel
    return years_ago_relation(a, b, refs)  # "founded 25 years ago" / "founded in 1989"


def _figure_relation(a: Fact, b: Fact, refs: tuple[date | None, date | None]) -> Relation | None:
    assert a.number is not None and b.number is not None
    rel = (
        currency_relation(a.number, b.number, refs)  # "almost $2 million" / "£910,000"
        if two_currencies(a.number, b.number)
        else number_relation(a.number, b.number)
    )
    if rel is Relation.CLASH and (rounds_to(a, b) or one_unit_loosely(a, b)):
        # "$4.2 billion" / "$4,213 million": one sum, rounded; "2,000 tonnes" / "2,000 tons"
        return Relation.CONSISTENT
    if rel is Relation.BOUNDS and one_unit_loosely(a, b):
        return Relation.CONSISTENT  # "about 2,750 tonnes" / "some 2,750 tons": one weight
    if rel is Relation.CONSISTENT and risen_past_floor(a, b):
        return Relation.BOUNDS  # "at least nine were killed" / "the toll rose to 13": two times
    return rel


def _fraction_against_count(count: Fact, other: Fact) -> bool:
    """A count of a noun ("two aftershocks") and a figure with a fraction and no unit ("5.5"):
    nothing counted comes in halves, so the fraction reads something else (a magnitude, a
    score), never the count."""
    if not count.counted or count.number is None or other.number is None:
        return False
    whole = count.number.low == count.number.high and float(count.number.low).is_integer()
    fraction = other.number.exact and not float(other.number.low).is_integer()
    return whole and fraction and not count.number.dimension and not other.number.dimension


def _days_of_two_kinds(a: Fact, b: Fact) -> bool:
    """A day still to come ("due in court Tuesday") may be a day the other article gives
    plainly, but two such days are two happenings: never a clash. Nor is a day something went
    on ("were mourning Sunday") against the day of a deed ("stabbed on Saturday night")."""
    if one_calendar_happening(a, b):
        return False  # "a vote on May 14" / "investors vote on May 21": one vote, two days
    return a.coming != b.coming or a.ongoing != b.ongoing


def _one_label(a: Fact, b: Fact) -> bool:
    """Both dates label one thing, or neither labels any. "a November 2013 release date" dates
    the release that "a November 2012 release" labels: one release dated twice."""
    labels = SAME_HAPPENING.get(a.labels, a.labels), SAME_HAPPENING.get(b.labels, b.labels)
    return labels[0] == labels[1] or one_dated_thing(a, b)


def one_dated_thing(a: Fact, b: Fact) -> bool:
    """ "a previously announced November 2013 release date" / "booked a November 2012 release":
    a release date is the date of the release, so the two date one release, whatever else their
    words say."""
    return (bool(a.dates) and a.dates == b.labels) or (bool(b.dates) and b.dates == a.labels)


def different_things_counted(a: Fact, b: Fact) -> bool:
    """ "captured three boats" / "captured 26 pirates": each figure counts its own noun, and a
    boat is no pirate. Two nouns for people ("three men" / "four victims") may count one group.
    A thing gunfire struck is no person it struck ("Two cars were hit" / "Three people were
    hit"), though "people" leaves its figure with no counted noun. Someone's family is not the
    children at the scene ("his two children" / "Four children were playing outside"). A name
    can make a kind of the noun: "four All-Star games" counts no games in general."""
    if a.family != b.family:
        return True
    if bool(a.counted) != bool(b.counted):
        return (a.counted or b.counted).split(" and ")[0] in STRUCK_THINGS
    if not a.counted or not b.counted:
        return False
    if a.kind != b.kind:
        return True
    if a.counted == b.counted:
        return False
    if a.slot.get(b.counted, 0.0) >= 1.0 or b.slot.get(a.counted, 0.0) >= 1.0:
        return False  # "two plainclothes officers": the parser may take either word
    return not (a.counted in PERSON_NOUNS and b.counted in PERSON_NOUNS)


def _a_stage_within(a: Fact, b: Fact) -> bool:
    """A count of one stage of the happening ("Four people were injured in the initial
    shooting") below the other article's count of it all ("Five people were injured"): a part
    of the toll, no clash (``toll_phases``)."""
    if a.stage == b.stage or a.number is None or b.number is None:
        return False
    if not (tolls_told(a) & tolls_told(b) & _HARM_TOLLS):
        return False  # "Two people are in custody after the shooting": no harm, no stage of it
    stage, whole = (a.number, b.number) if a.stage else (b.number, a.number)
    return stage.high < whole.low


# The tolls of people harmed, which a shooting adds to stage by stage.
_HARM_TOLLS = frozenset({"death", "injury", "shoot"})


def _ago(fact: Fact) -> bool:
    """ "about two weeks ago" dates something, a point in time; "a three-week trial" measures a
    span. Neither tells the other."""
    return fact.text.lower().rstrip(" .,").endswith(" ago")


def _two_subjects(a: Fact, b: Fact) -> bool:
    """Figures of two named people, or of one the other article never names."""
    if a.subject_absent or b.subject_absent:
        return True
    return bool(a.subject) and bool(b.subject) and a.subject != b.subject


def dates_a_telling(fact: Fact) -> bool:
    """ "police said Sunday", "in a story on Aug. 10": the day something was said or printed.
    Two such days clash only where two matching sentences tell the same statement; elsewhere
    two statements may come out on any two days."""
    return fact.said_on or dates_a_report(fact)


def dates_a_report(fact: Fact) -> bool:
    """ "In a story on Aug. 10", "a statement released Monday": the day a report came out,
    not the day of what it reports."""
    return fact.date is not None and any(
        weight >= 1.0 and word in REPORT_NOUNS for word, weight in fact.slot.items()
    )


def locates(fact: Fact) -> bool:
    """ "the 2500 block of South Avenue", "900 Garden Way", "apartment 12": a figure that says
    where, not how many. Two such figures are two addresses, never two counts of one thing."""
    return any(weight >= 1.0 and word in _LOCATING for word, weight in fact.slot.items())


# "Place" also heads ordinary counts ("took place", "three places"): left out.
_LOCATING = ADDRESS_WORDS | (STREET_WORDS - {"place", "pl"})


def _drifted(a: Fact, b: Fact, refs: tuple[date | None, date | None]) -> bool:
    if a.number is None or b.number is None or not (a.number.exact and b.number.exact):
        return False
    return ages_drift((int(a.number.low), refs[0]), (int(b.number.low), refs[1]))


def age_heads(fact: Fact) -> set[str]:
    """The words an age describes: {"man"} for "a 25-year-old man", {"daughter"} for "her
    17-year-old daughter"."""
    return {w for w, weight in fact.slot.items() if weight >= 1.0} - {"age"}


def one_person_aged(a: Fact, b: Fact) -> bool:
    """Two ages that can only be of one person: given beside the same name ("Smith, 25" /
    "25-year-old Smith"), or to the same kin of someone in the story ("her 17-year-old
    daughter" / "his 16-year-old daughter"). "A 25-year-old man" and "a 29-year-old man" are
    two indefinite people: a shooting has many victims, and nothing says they are one."""
    if a.owner and a.owner == b.owner:
        return True
    return bool(age_heads(a) & age_heads(b) & KINSHIP_NOUNS)


def several_aged(fact: Fact, facts: Iterable[Fact]) -> bool:
    """The article ages two people of the same description differently ("a 25-year-old man ...
    a 36-year-old man"): the word names several people, so neither age is set against the other
    article's."""
    if fact.number is None or not is_age(fact):
        return False
    heads = age_heads(fact)
    if fact.owner:
        return False
    # "the other two men, 27 and 32": an age with no word of its own may be of any man, but not
    # of "her daughter" ("their daughter, who was 14 at the time" is the same girl, younger).
    kin = bool(heads & KINSHIP_NOUNS)
    return any(
        other.number is not None
        and is_age(other)
        and not other.owner
        and other.number.display() != fact.number.display()
        and (age_heads(other) & heads or not heads or (not kin and not age_heads(other)))
        for other in facts
    )


def aged_alike(a: Fact, b: Fact) -> bool:
    """Two ages of the same unnamed person: each describes the same word ("the 8-year-old boy" /
    "an 11-year-old boy"). Two different words ("girl", "brother") are two people."""
    words_a = {w for w, weight in a.slot.items() if weight >= 1.0} - {"age"}
    words_b = {w for w, weight in b.slot.items() if weight >= 1.0} - {"age"}
    return bool(words_a) and words_a == words_b


def comparable_scale(a: Fact, b: Fact) -> bool:
    """Two readings of one count differ by a little, not by orders of magnitude (6.1 vs 120,000),
    unless the same digits are told in two words of magnitude ("$1.5bn" / "1.5 million")."""
    if a.number is None or b.number is None:
        return True
    low, high = sorted((abs(a.number.centre), abs(b.number.centre)))
    return (low > 0 and high / low <= tuning.COMPARABLE_RATIO) or scale_changed(a, b)


def lead_sentences(analysis: Analysis) -> int:
    """How many sentences open the article: the headline and the lead, the opening paragraph of
    about LEAD_WORDS words however many sentences it takes ("Jane Doe has died. She was 91.
    Doe passed away early Saturday..."), and never fewer than LEAD_SENTENCES."""
    words = 0
    for i, tokens in enumerate(analysis.sentence_tokens):
        if i >= tuning.LEAD_SENTENCES and words >= tuning.LEAD_WORDS:
            return i
        if i > 0:  # the headline is not part of the lead's words
            words += sum(1 for t in tokens if t.content or t.lower.isalnum())
    return len(analysis.sentence_tokens)


def overlap(a: dict[str, float], b: dict[str, float]) -> float:
    """Weighted overlap of two context-word bags, 0..1."""
    if not a or not b:
        return 0.0
    shared = sum(min(a[w], b[w]) for w in a.keys() & b.keys())
    # Dice, not containment: a bare "death" must not match "death and injury" as well as "injury".
    return 2 * shared / (sum(a.values()) + sum(b.values()))


def same_slot(a: Fact, b: Fact) -> bool:
    """Both speak of the same thing: much shared context, or the same head word."""
    heads = {w for w, weight in a.slot.items() if weight >= 1.0}
    shared_head = any(b.slot.get(w, 0.0) >= 1.0 for w in heads)
    return shared_head or overlap(a.slot, b.slot) >= 0.3


def slot_name(a: Fact, b: Fact, frequency: Counter[str] | None = None) -> str:
    """The context word that best names what both figures count, or "" when they share none.

    Among equally weighted words the rarer one is the more specific ("injury" rather than
    "death" in a quake report full of deaths); the word itself breaks remaining ties, since set
    order varies between runs and reports must not.
    """
    counts = frequency or Counter()
    shared = sorted(
        set(a.slot) & set(b.slot), key=lambda w: (-(a.slot[w] + b.slot[w]), counts[w], w)
    )
    return shared[0] if shared else ""
