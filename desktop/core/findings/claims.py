"""What a fact claims, and how two claims about the same thing relate.

A figure keeps its bounds ("at least five" is a lower bound, not five), a date keeps the precision
the text gives (a weekday is a weekday, not a guessed calendar day), and a value tied to another
event ("an earlier quake of 7.2") is compared only with values tied to another event too.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from datetime import date

from desktop.core.extract import VALUE_TYPES, Analysis, Fact
from desktop.core.findings import tuning
from desktop.core.findings.age_drift import ages_drift as ages_drift
from desktop.core.findings.claimable import claimable as claimable
from desktop.core.findings.claimable import furniture as furniture
from desktop.core.findings.claimable import questions as questions
from desktop.core.findings.claimable import restated as restated
from desktop.core.findings.claimable import tally_sentences as tally_sentences
from desktop.core.findings.clock_steps import two_steps
from desktop.core.findings.contents import held_against_happened
from desktop.core.findings.day_parts import parts_apart
from desktop.core.findings.figures import Relation as Relation
from desktop.core.findings.figures import close as close
from desktop.core.findings.figures import number_relation as number_relation
from desktop.core.findings.figures import same_figure
from desktop.core.findings.harm_counts import harm_apart
from desktop.core.findings.history_dates import history_and_news
from desktop.core.findings.told_years import count_at_odds
from desktop.core.lexicon import (
    ADDRESS_WORDS,
    COUNT_SLOTS,
    KINSHIP_NOUNS,
    PERSON_NOUNS,
    REPORT_NOUNS,
    STREET_WORDS,
)
from desktop.core.lexicon.counted_nouns import PEOPLE_TOLLS
from desktop.core.link import NAME_TYPES
from desktop.core.model import MentionType
from desktop.core.values import (
    DateValue,
    dates_compatible,
)
from desktop.core.values import parse_date as _parse_date


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
    return fact.number is not None or fact.date is not None or bool(_clock(fact))


def is_time(fact: Fact) -> bool:
    """A clock time ("9 a.m.", "10 in the morning"), with or without its day."""
    return bool(_clock(fact))


def is_age(fact: Fact) -> bool:
    return fact.slot.get("age", 0.0) >= 1.0


def specific(fact: Fact) -> bool:
    """A figure precise enough to contradict: not "hundreds", not a bare month."""
    if fact.number is not None:
        return fact.number.bound != "vague" and fact.number.low > 0
    if fact.date is not None:
        return (
            fact.date.year is not None or fact.date.day is not None or fact.date.weekday is not None
        )
    return False


def written_date(fact: Fact, reference: date | None) -> DateValue | None:
    """The date at the precision the text gives; relative days resolved against the article's date.

    "Friday" stays a weekday and "Sept. 22" a day without a year, so a guessed year or a guessed
    week never makes a conflict; "yesterday" and "last night" need the article's own date.
    """
    if fact.date is None:
        return None
    plain = _parse_date(fact.text, None)
    if plain is not None and not plain.is_empty:
        return plain
    resolved = _parse_date(fact.text, reference)
    return resolved if resolved is not None and not resolved.is_empty else None


def _of_two_happenings(a: Fact, b: Fact) -> bool:
    """The two claims cannot be about one happening, whatever their values."""
    return (
        a.other_event != b.other_event  # "an earlier quake of 7.2" / this quake's 6.1
        or a.generic  # "A magnitude 6 quake can cause severe damage" is about no quake at all
        or b.generic
        # "one of them was arrested" counts no group: it contradicts no count. "52 percent of
        # the vote" is a share, and two shares of one whole are one claim.
        or ((a.part or b.part) and not _shares(a, b))
        # "police said Sunday", "in a story on Aug. 10" date the telling, not the shooting
        or a.said_on != b.said_on
        or dates_a_report(a) != dates_a_report(b)
    )


def _shares(a: Fact, b: Fact) -> bool:
    return all(f.number is not None and f.number.dimension == "percent" for f in (a, b))


def relation(a: Fact, b: Fact, refs: tuple[date | None, date | None]) -> Relation | None:
    """How two claims of one slot relate; None when they measure different things."""
    if _of_two_happenings(a, b):
        return None
    if a.number is not None and b.number is not None:
        if is_age(a) != is_age(b) or different_counts(a, b) or _ago(a) != _ago(b):
            return None
        if a.interval != b.interval:
            return None  # "in hospital for three weeks" / "a week after the heart attack"
        if different_things_counted(a, b) or held_against_happened(a, b):
            return None
        if a.measured_from and b.measured_from and a.measured_from != b.measured_from:
            return None  # "150 miles west of Aden" / "13 miles from the Mysore": two points
        if locates(a) or locates(b):
            # "the 2500 block" / "the 8400 block": an address only agrees with the same address.
            same = locates(a) and locates(b) and same_figure(a.number, b.number)
            return Relation.SAME if same else None
        if is_age(a) and a.owner and a.owner == b.owner and _drifted(a, b, refs):
            return None  # "Lowery, 22" in April, "Lowery, 23" at the December trial
        if is_age(a) and not a.owner and not b.owner and aged_alike(a, b):
            return number_relation(a.number, b.number)  # "a 16-year-old boy" / "a 32-year-old boy"
        if is_age(a) and (a.owner != b.owner or not a.owner):
            # Ages of two people ("Smith, 25" and "Jones, 31", or a 25-year-old victim and a
            # 28-year-old suspect) never clash; an age only agrees with the very same age.
            same = number_relation(a.number, b.number) is Relation.SAME
            return Relation.SAME if same and a.owner == b.owner else None
        rel = number_relation(a.number, b.number)
        if rel in (Relation.CLASH, Relation.BOUNDS) and (
            _two_subjects(a, b) or harm_apart((a, tolls_told(a)), (b, tolls_told(b)))
        ):
            return None  # "Ryan has worked 30 years" / "Hiller has worked 15 years": two people
        return rel
    if (a.date is not None and b.date is not None) or (_clock(a) and _clock(b)):
        if a.labels != b.labels:
            return None  # "the 2004 Tony Awards" / "won an Emmy in 2005": which awards, not when
        rel = _date_relation(a, b, refs)
        # A day still to come ("due in court Tuesday") may be a day the other article gives
        # plainly, but two such days are two happenings: never a clash.
        return None if rel is Relation.CLASH and a.coming != b.coming else rel
    return None


def different_things_counted(a: Fact, b: Fact) -> bool:
    """ "captured three boats" / "captured 26 pirates": each figure counts its own noun, and a
    boat is no pirate. Two nouns for people ("three men" / "four victims") may count one group."""
    if not a.counted or not b.counted or a.counted == b.counted:
        return False
    if a.slot.get(b.counted, 0.0) >= 1.0 or b.slot.get(a.counted, 0.0) >= 1.0:
        return False  # "two plainclothes officers": the parser may take either word
    return not (a.counted in PERSON_NOUNS and b.counted in PERSON_NOUNS)


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


def different_counts(a: Fact, b: Fact) -> bool:
    """Each figure hangs on a word of a different toll: the dead against the injured, the
    arrested against the evacuated. "Ten were killed and about 50 hurt" gives two counts, and
    neither says anything about the other."""
    tolls_a = {w for w, weight in a.slot.items() if weight >= 1.0} & COUNT_SLOTS
    tolls_b = {w for w, weight in b.slot.items() if weight >= 1.0} & COUNT_SLOTS
    return bool(tolls_a) and bool(tolls_b) and not tolls_a & tolls_b


def aged_alike(a: Fact, b: Fact) -> bool:
    """Two ages of the same unnamed person: each describes the same word ("the 8-year-old boy" /
    "an 11-year-old boy"). Two different words ("girl", "brother") are two people."""
    words_a = {w for w, weight in a.slot.items() if weight >= 1.0} - {"age"}
    words_b = {w for w, weight in b.slot.items() if weight >= 1.0} - {"age"}
    return bool(words_a) and words_a == words_b


def same_toll(a: Fact, b: Fact) -> bool:
    """Both figures count one toll of the story, each hanging on its word ("killing five" /
    "Eight people were killed"): a story has one count of its dead, wherever it is told. Parts
    of a group ("one of the five"), ages and figures of another event never count here."""
    if a.number is None or b.number is None or a.part or b.part or is_age(a) or is_age(b):
        return False
    tolls_a = {w for w, weight in a.slot.items() if weight >= 1.0} & COUNT_SLOTS
    tolls_b = {w for w, weight in b.slot.items() if weight >= 1.0} & COUNT_SLOTS
    return len(tolls_a) == 1 and tolls_a == tolls_b


def one_toll_told(a: Fact, b: Fact) -> bool:
    """Both figures are said of the same toll, however loosely the words hang on them ("killing
    six people" / "nine people were reported dead", "injuring 20" / "left 25 injured"): each names
    the one toll among its context words, and neither another one. Two figures of the same
    counted noun ("five buildings away" / "three houses from the scene") count the same thing. Figures of no toll count the
    same thing when they hang on the same word."""
    if a.number is None or b.number is None or a.part or b.part or is_age(a) or is_age(b):
        return False
    if a.counted and a.counted == b.counted:
        return True  # "arrested five buildings away" / "three houses from the scene"
    tolls_a, tolls_b = tolls_told(a), tolls_told(b)
    if tolls_a or tolls_b:
        return len(tolls_a) == 1 and tolls_a == tolls_b
    # No toll: "carrying 3,000 passengers" / "with 4,000 passengers aboard" count the same noun.
    return bool(nouns_counted(a) & nouns_counted(b))


def tolls_told(fact: Fact) -> set[str]:
    """The tolls among a figure's context words; "lost their lives", "claimed the lives of"
    and "took the lives of" tell of deaths."""
    tolls = set(fact.slot) & COUNT_SLOTS
    if "life" in fact.slot and fact.slot.keys() & _LIFE_TAKING:
        tolls.add("death")
    if fact.number is not None and fact.number.dimension not in _HEAD_COUNTS:
        # "30 years behind bars for killing his wife", "$2 million in damage from the fire
        # that killed three": a measure counts no people, whatever harm stands near it.
        tolls -= PEOPLE_TOLLS
    return tolls


# Dimensions of figures that may count people: plain counts, shares of them, places in a row.
_HEAD_COUNTS = frozenset({"", "percent", "rank", "tally"})


# Verbs that make "life" a death: "lost their lives", "claimed/took the lives of".
_LIFE_TAKING = frozenset({"lose", "claim", "take"})


def nouns_counted(fact: Fact) -> set[str]:
    """The words a figure hangs on most closely (weight 1.0: its head, its verb, its noun)."""
    return {w for w, weight in fact.slot.items() if weight >= 1.0}


def comparable_scale(a: Fact, b: Fact) -> bool:
    """Two readings of one count differ by a little, not by orders of magnitude (6.1 vs 120,000)."""
    if a.number is None or b.number is None:
        return True
    low, high = sorted((abs(a.number.centre), abs(b.number.centre)))
    return low > 0 and high / low <= tuning.COMPARABLE_RATIO


def _date_relation(a: Fact, b: Fact, refs: tuple[date | None, date | None]) -> Relation | None:
    if a.type is MentionType.TIME and b.type is MentionType.TIME:
        if two_steps(a, b):
            return None  # "pronounced dead at 1:05 a.m." / "shot at 12:40 a.m.": two steps
        clocks = _clock(a), _clock(b)
        if clocks[0] and clocks[1]:
            if clocks[0] != clocks[1]:
                return Relation.CLASH
            if a.date is None or b.date is None:
                return Relation.SAME
    if a.text.lower() == b.text.lower():
        # "today" / "today" on pages stamped a day apart: the same words, the same day as told.
        return Relation.SAME
    da, db = written_date(a, refs[0]), written_date(b, refs[1])
    if da is None or db is None or _weeks_apart(a, b, (da, db)) or _span_of_years(a, b):
        return None
    if _past_and_coming((da, db), refs) or history_and_news((da, db), refs):
        return None
    if count_at_odds(a, b, refs):
        return None  # "earlier this year" on a March page / "in September": left one-sided
    verdict = dates_compatible(da, db)
    if verdict is None or (verdict is False and _one_night(a, b, (da, db))):
        return None
    return Relation.SAME if verdict and not parts_apart(a, b) else Relation.CLASH


# Why a night of one day and the small hours of the next are no clash, in a finding's reason.
ONE_NIGHT_WHY = (
    "A night runs over two dates, and reporters date what happened around midnight by either."
)


def one_night(a: Fact, b: Fact, refs: tuple[date | None, date | None]) -> bool:
    """The night of one day against the small hours of the next (see ``_one_night``)."""
    da, db = written_date(a, refs[0]), written_date(b, refs[1])
    return da is not None and db is not None and _one_night(a, b, (da, db))


def _past_and_coming(
    days: tuple[DateValue, DateValue], refs: tuple[date | None, date | None]
) -> bool:
    """ "hosted the Academy Awards in 2007" / "will host the 2014 Oscars", each on a page of
    2013: a year before its page's year and one after it are a past and a coming happening,
    never one thing dated twice."""
    sides = set()
    for day, ref in zip(days, refs, strict=True):
        if day.year is None or ref is None or day.year == ref.year:
            return False
        sides.add(day.year < ref.year)
    return len(sides) == 2


def _span_of_years(a: Fact, b: Fact) -> bool:
    """ "between 1991 and 1998", "from 2001 to 2004", "the 1940s": a span of years holds many
    dates, so a year inside it is no clash and the parser's first year alone is no date to
    compare."""
    return any(len(_YEAR.findall(f.text)) > 1 or _DECADE.search(f.text) for f in (a, b))


_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
# "the 1940s", "the 1970's": ten years, never the first of them.
_DECADE = re.compile(r"\b(?:1[89]|20)\d0'?s\b")


def _one_night(a: Fact, b: Fact, written: tuple[DateValue, DateValue]) -> bool:
    """ "late Saturday night" / "just after midnight Sunday": a night runs over two dates, and
    reporters date a shooting around midnight by either. A night of one day and the small hours
    of the next are not told apart."""
    for (night, dn), (early, de) in (
        ((a, written[0]), (b, written[1])),
        ((b, written[1]), (a, written[0])),
    ):
        if _NIGHT.search(night.text) and _SMALL_HOURS.search(early.text) and _next_day(dn, de):
            return True
    return False


def _next_day(first: DateValue, then: DateValue) -> bool:
    if first.weekday is not None and then.weekday is not None:
        return (first.weekday + 1) % 7 == then.weekday
    days = _calendar(first), _calendar(then)
    if days[0] is not None and days[1] is not None:
        return (days[1] - days[0]).days == 1
    return first.day is not None and then.day is not None and then.day == first.day + 1


# Words of a day's late hours and of the next day's small hours.
_NIGHT = re.compile(r"\b(night|late|evening|(1[01]|[6-9])(:\d\d)?\s*p\.?m\.?)", re.I)
_SMALL_HOURS = re.compile(r"\b(early|midnight|overnight|(12|1|2|3|4|5)(:\d\d)?\s*a\.?m\.?)", re.I)


# (entities8) A bare weekday names a day of the week before its article's date. Two articles'
# weekdays that fall more than this many days apart are about two different happenings (a
# shooting, and a death in hospital months later), never two readings of one day. A week by
# definition, not fitted to a bench figure.
_SAME_WEEK_DAYS = 6


def _weeks_apart(a: Fact, b: Fact, written: tuple[DateValue, DateValue]) -> bool:
    if not any(w.weekday is not None and w.day is None for w in written):
        return False
    days = [_calendar(f.date) for f in (a, b)]
    if days[0] is None or days[1] is None:
        return False
    return abs((days[0] - days[1]).days) > _SAME_WEEK_DAYS


def _calendar(value: DateValue | None) -> date | None:
    if value is None or value.year is None or value.month is None or value.day is None:
        return None
    try:
        return date(value.year, value.month, value.day)
    except ValueError:
        return None


def _clock(fact: Fact) -> str:
    if fact.type is not MentionType.TIME:
        return ""
    head = fact.value.split(" ")[0]
    return head if len(head) == 5 and head[2] == ":" else ""


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
