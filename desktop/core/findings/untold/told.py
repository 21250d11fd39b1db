"""Whether the other article tells a fact in another form, so that no yellow mark says it does not.

A yellow mark says: the other article does not report this fact anywhere. A fact the other side
gives at another precision or in other words is reported there all the same:

* a day: the same weekday ("Sunday" / "Dec. 14", a Sunday), the same calendar day ("Saturday
  night" / "last night" in a piece written on the Sunday), compared at the precision both give;
* an age: the same age given in another form ("a 38-year-old" / "LaCalamita, 38");
* a time of day: the same clock time, or a clock time inside the part of the day the other side
  names ("9 a.m." / "in the morning");
* a name of several words the other side gives, inside a longer one ("Boston Red Sox" / "Red
  Sox");
* a name the other side writes in the very same words, whatever its parser typed it as ("Houston
  Fire Department" read as a person on one side), and an institution named by its place ("Houston
  police") where the other side names the place and the institution (these in ``told_by_name``);
* inside a sentence shown as one statement with one of the other side, a figure the partner
  gives in other words ("Twelve" / "at least a dozen");
* inside a sentence aligned with one of the other side, a day or time the partner sentence also
  gives in its own way ("last night" / "on Friday night" when one article has no date to resolve
  "last night" against): the pair tells the same thing, and the comparison passes flag a clash.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date
from functools import lru_cache

from desktop.core.alignment.align import SentencePair
from desktop.core.datetimes.clock import parse_time
from desktop.core.datetimes.year_spans import year_span
from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.figures.numbers.values import DateValue, dates_compatible
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.sentence_facts import facts_of, when_facts
from desktop.core.findings.datetimes.days.partner_days_taken import taken_by_another
from desktop.core.findings.datetimes.spans_told.told_years import count_at_odds
from desktop.core.findings.names.told_by_name import (
    holds_one_of,
    institution_told,
    longer_names,
    name_written,
    party_by_members,
)
from desktop.core.lexicon import DAY_EDGES, PARTS_OF_DAY
from desktop.core.lexicon.time_words import WEEKDAY_OR_SHORT_PATTERN
from desktop.core.model import MentionType

WHEN = frozenset({MentionType.DATE, MentionType.TIME})
_RELATIVE_DAY = re.compile(
    r"\b(today|tonight|yesterday|overnight)\b|\b(last|this)\s+(night|morning|afternoon|evening)\b",
    re.I,
)
_WEEKDAY_NAMES = re.compile(
    rf"\b{WEEKDAY_OR_SHORT_PATTERN}\b|\b(today|tonight|yesterday)\b|"
    r"\blast\s+night\b",
    re.I,
)


def told_elsewhere(fact: Fact, theirs: Analysis) -> bool:
    """The other article reports this fact somewhere, perhaps at another precision."""
    if fact.type in WHEN:
        return (
            _day_told(fact, when_facts(theirs))
            or _time_told(fact, when_facts(theirs))
            or _clock_written(fact, theirs.document.text)
        )
    if age := _age(fact):
        return age in theirs.derived("told.ages", _ages)
    if fact.type in (
        MentionType.PERSON,
        MentionType.ORGANISATION,
        MentionType.PLACE,
        MentionType.EVENT,
    ):
        return (
            name_written(fact, theirs)
            or institution_told(fact, theirs)
            or holds_one_of(fact, theirs.derived("told.longer_names", longer_names))
            or party_by_members(fact, theirs)
        )
    if fact.type is MentionType.NATIONALITY:
        # "the Democrats" read as a group of people; a group word the other side writes in the
        # very same letters ("NYPD" read as a group here, as a name there) is told there.
        return party_by_members(fact, theirs) or name_written(fact, theirs)
    return False


def told_in_partner(
    fact: Fact,
    theirs: Analysis,
    partners: dict[int, list[tuple[int, float]]],
    reference: date | None = None,
    own: Sequence[Fact] = (),
) -> bool:
    """A day or time inside a sentence aligned with one that gives the same kind of moment, not
    at odds with it: the pair reports the same moment, each at its own precision. A clock time
    is the finer fact: a partner giving only the day does not tell it, one giving the part of
    the day that holds it does. In a pair shown as one statement any such moment counts; in a
    looser aligned pair, only a weekday against a relative day the other article cannot place
    ("Friday night" / "last night"). ``reference``: this article's own date, which places the
    part of the year "earlier this year" keeps; ``own``: the facts of this fact's sentence, whose
    days a partner's same day tells instead ("until Monday ... until December 31" / "until 31
    December")."""
    if fact.number is not None and not fact.other_event:
        return _figure_in_partner(fact, theirs, partners)
    if fact.type not in WHEN:
        return False
    clock = parse_time(fact.text)
    for j, score in partners.get(fact.sentence, ()):
        for other in facts_of(theirs, j):
            if other.type not in WHEN:
                continue
            if other.other_event and not _frame_holds(other, fact):
                continue
            if taken_by_another(fact, other, own):
                continue
            if _unanchored_pair(fact, other):
                return True
            if score < tuning.STATEMENT_AGREE:
                continue
            if clock is not None:
                if _time_told(fact, [other]) or clock_in_their_part(clock, fact, other):
                    return True
            elif _same_moment(fact, other) and not count_at_odds(
                fact, other, (reference, theirs.reference_date)
            ):
                return True
    return False


def _frame_holds(frame: Fact, fact: Fact) -> bool:
    """ "In March, Obama directed ..." / "On March 3, Obama directed ...": a month that set the
    partner sentence in another time than its page's holds this day, so the aligned pair tells
    one happening at two precisions, not a happening of another month."""
    month, day = frame.date, fact.date
    return (
        month is not None
        and day is not None
        and month.day is None
        and month.weekday is None
        and day.day is not None
        and month.month == day.month
        and dates_compatible(month, day) is True
    )


def clock_in_their_part(clock: str, fact: Fact, other: Fact) -> bool:
    """ "shortly after 8:30 p.m. Thursday" / "Thursday evening" in one told sentence: the same
    moment at the precision both sides give, the other's part of the day holding the clock."""
    part = part_of_day(other.text)
    return (
        part is not None
        and parse_time(other.text) is None
        and _within(clock, part)
        and _days_agree(fact, other)
    )


def _figure_in_partner(
    fact: Fact, theirs: Analysis, partners: dict[int, list[tuple[int, float]]]
) -> bool:
    """A figure inside a sentence shown as one statement with a sentence giving the same figure
    in other words ("Twelve" / "at least a dozen"): each stated figure lies in what the other
    allows, or this one lies in the span the other gives ("about 40" / "dozens", "35" /
    "between 30 and 40") or the other way round, or two ranges overlap, or a round figure holds
    the other's ("ruled for two decades" / "21
    years in power", "about 40" / "41": one figure told at two precisions). "At least three" and
    "at least five" do not: the lower bounds differ."""
    mine = fact.number
    assert mine is not None
    for j, score in partners.get(fact.sentence, ()):
        if score < tuning.STATEMENT_AGREE:
            continue
        for other in facts_of(theirs, j):
            theirs_n = other.number
            if theirs_n is None or other.other_event:
                continue
            if theirs_n.dimension != mine.dimension:
                continue
            inside = all(theirs_n.low <= x <= theirs_n.high for x in mine.stated)
            holds = all(mine.low <= x <= mine.high for x in theirs_n.stated)
            if inside and (theirs_n.bound in ("vague", "range") or holds):
                return True
            if (theirs_n.bound == "approx" and inside) or (mine.bound == "approx" and holds):
                return True
            if mine.bound == "vague" and holds:
                return True  # "millions of computers" / "2m users", "Thousands of" / "4,500"
            # A range holding the other's figures, or two ranges that overlap ("$140 million
            # to $160 million" / "between $140 million and $150 million"): one estimate told
            # at two precisions, to compare as values, never a fact one side lacks.
            meet = theirs_n.low <= mine.high and mine.low <= theirs_n.high
            if mine.bound == "range" and (holds or (theirs_n.bound == "range" and meet)):
                return True
    return False


def _same_moment(a: Fact, b: Fact) -> bool:
    """Two days not at odds. A relative day no article date resolves ("last night" in a piece
    with no date) goes with a day the partner gives; a vaguer span ("last month") with nothing."""
    if year_span(a.key) or year_span(b.key):
        # "from 1974 to 1979" / "between 1974 and 1981": both begin in 1974; "on Tuesday": a day
        # of none of those years. A span of years is the same moment as the same span alone.
        return a.key == b.key
    if a.date is not None and b.date is not None:
        return dates_compatible(a.date, b.date) is not False
    return all(
        (f.date is not None and (f.date.day is not None or f.date.weekday is not None))
        or _RELATIVE_DAY.search(f.text) is not None
        for f in (a, b)
    )


def partner_sentences(
    pairs: Sequence[SentencePair], *, left: bool
) -> dict[int, list[tuple[int, float]]]:
    """Sentence -> the other side's sentences aligned with it, with the pair's score."""
    out: dict[int, list[tuple[int, float]]] = {}
    for pair in pairs:
        mine, other = (pair.left, pair.right) if left else (pair.right, pair.left)
        out.setdefault(mine, []).append((other, pair.score))
    return out


def _ages(analysis: Analysis) -> frozenset[str]:
    """Every age the article gives, as a figure or as a person's age, read once, not per age
    asked (a fact's figure, key, slot and age never change after ``analyse``)."""
    return frozenset({_age(f) for f in analysis.facts} | {f.age for f in analysis.facts})


def _age(fact: Fact) -> str:
    """The age a figure gives ("38-year-old", "LaCalamita, 38"), as a bare figure, else ""."""
    if fact.number is None or not (fact.key.startswith("age:") or fact.slot.get("age", 0.0) >= 1):
        return ""
    return fact.number.display()


def _day_told(fact: Fact, theirs: Iterable[Fact]) -> bool:
    day = fact.date
    if day is None or day.is_empty:
        return False
    for other in theirs:
        if other.type not in WHEN or other.date is None or other.date.is_empty:
            continue
        if same_day(fact, day, other, other.date):
            return True
    return False


def same_day(a: Fact, x: DateValue, b: Fact, y: DateValue) -> bool:
    """The same calendar day, or the same weekday where either side names only a weekday (a
    weekday resolved against two articles' own dates may land in two different weeks)."""
    full_x = None not in (x.year, x.month, x.day)
    full_y = None not in (y.year, y.month, y.day)
    if full_x and full_y and (x.year, x.month, x.day) == (y.year, y.month, y.day):
        return True
    if x.weekday is not None and x.weekday == y.weekday:
        return _names_weekday(a) or _names_weekday(b) or not (full_x and full_y)
    # "June 24" / "June 24, 2008"; a month or a year is told only by the same value.
    return (
        x.day is not None
        and (x.month, x.day) == (y.month, y.day)
        and (x.year is None or y.year is None)
    )


def _unanchored(fact: Fact) -> bool:
    """ "Last night" in an article with no date of its own: a day no calendar can place."""
    return fact.date is None and _RELATIVE_DAY.search(fact.text) is not None


def _unanchored_pair(a: Fact, b: Fact) -> bool:
    """A weekday on one side and a relative day the other side cannot place ("Friday night" /
    "last night"): compared at the precision both give, they do not differ, so neither is
    reported alone. A part of the day both name must be the same."""
    if b.type not in WHEN or b.said_on or a.said_on:
        return False
    if not (
        (_unanchored(a) and _names_weekday(b) and b.date is not None)
        or (_unanchored(b) and _names_weekday(a) and a.date is not None)
    ):
        return False
    parts = (part_of_day(a.text), part_of_day(b.text))
    return None in parts or parts[0] == parts[1]


def _names_weekday(fact: Fact) -> bool:
    return _WEEKDAY_NAMES.search(fact.text) is not None


def _time_told(fact: Fact, theirs: Iterable[Fact]) -> bool:
    """The same clock time in any wording ("9 a.m." / "9 in the morning"), or, for a part of
    the day, a clock time inside it ("the morning" / "9 a.m."). A clock time is the finer fact:
    "in the morning" alone does not tell "10:30 a.m."."""
    clock = parse_time(fact.text)
    part = part_of_day(fact.text)
    if clock is None and part is None:
        return False
    for other in theirs:
        if other.type not in WHEN:
            continue
        their_clock = parse_time(other.text)
        if clock is not None and their_clock == clock:
            return True
        if clock is not None:
            continue
        if their_clock is not None and part is not None and _within(their_clock, part):
            return True
        their_part = part_of_day(other.text)
        if part is not None and part == their_part and _days_agree(fact, other):
            return True
    return False


_CLOCK_START = re.compile(
    r"\b\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?\s?m|p\.?\s?m|o'clock|in\s+the)|\b\d{1,2}[:.]\d{2}|\bat\s+\d{4}",
    re.I,
)


def _clock_written(fact: Fact, their_text: str) -> bool:
    """The other article writes the same clock time, whatever its parser took of it ("9" and
    "in the morning" read apart)."""
    clock = parse_time(fact.text)
    return clock is not None and clock in _clocks_written(their_text)


@lru_cache(maxsize=4)
def _clocks_written(text: str) -> frozenset[str]:
    """Every clock time the text writes, read once per article: each clock of the other side
    looks it up."""
    return frozenset(
        clock
        for m in _CLOCK_START.finditer(text)
        if (clock := parse_time(text[m.start() : m.start() + 40])) is not None
    )


def _days_agree(a: Fact, b: Fact) -> bool:
    if a.date is None or b.date is None:
        return True
    return dates_compatible(a.date, b.date) is not False


def part_of_day(text: str) -> str | None:
    words = re.findall(r"[a-z]+", text.lower())
    if ("last" in words and "night" in words) or "tonight" in words:
        return "night"
    named = next((w for w in words if w in PARTS_OF_DAY), None)
    if named or _WEEKDAY_NAMES.search(text) is None:
        return named  # "late January", "early last week": no day's hours
    return next((DAY_EDGES[w] for w in words if w in DAY_EDGES), None)


def _within(clock: str, part: str) -> bool:
    hour = int(clock[:2])
    first, last = PARTS_OF_DAY[part]
    return first <= hour < last if first < last else hour >= first or hour < last
