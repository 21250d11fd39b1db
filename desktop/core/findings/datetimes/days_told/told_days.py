"""Days and hours two articles tell differently without contradicting each other.

* A day counted from the writing ("yesterday", "last night", "this morning") against a named day
  ("Sunday night", "May 5"). A relative day is resolved through the article's date, and a news
  page's date is often the day it was updated or filed, not the day it was written (a story
  written on the night of a shooting and stamped the next morning still says "this morning").
* Two clock times close together, one of them hedged ("around 1 a.m." / "shortly after
  midnight"), or a few minutes apart ("10:32 p.m." / "10:40 p.m."): reporters time the shots,
  the call to police or the officers' arrival, and round what they are told.

Such a pair is shown as told differently (an agreement of low confidence), never as a conflict,
and neither time of it is shown as one the other article lacks (``close_clock_told``); nor is
the night of one day where the other article gives the small hours of the next (``night_told``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from desktop.core.datetimes.clock import parse_time
from desktop.core.datetimes.year_spans import year_span_key
from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.extraction.text_search import any_of
from desktop.core.figures.numbers.values import dates_compatible
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.claim_dates import (
    names_a_night_hour,
    one_night_after,
    written_date,
)
from desktop.core.findings.bookkeeping.sentence_facts import when_facts
from desktop.core.findings.datetimes.days.stamp_lag import beyond_stamp_lag
from desktop.core.lexicon import CLOCK_HEDGES, DEADLINE_WORDS, RELATIVE_DAYS
from desktop.core.lexicon.time_words import WEEKDAY_NAME_PATTERN
from desktop.core.model import FindingKind, MentionType

_RELATIVE = re.compile(r"\b(?:" + any_of(RELATIVE_DAYS) + r")\b")
# What makes a day named rather than counted from the writing: a weekday, a month, a figure.
_NAMED = re.compile(
    rf"\b{WEEKDAY_NAME_PATTERN}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|"
    r"oct|nov|dec)[a-z]*\b|\d"
)
_DAYS = frozenset({MentionType.DATE, MentionType.TIME})


def relative_only(facts: Iterable[Fact]) -> bool:
    """Every mention counts its day from the writing and none names it ("last night")."""
    texts = [f.text.lower() for f in facts]
    return bool(texts) and all(_RELATIVE.search(t) and not _NAMED.search(t) for t in texts)


def retold_days(
    drafts: list[Draft],
    texts: tuple[str, str],
    refs: tuple[date | None, date | None] = (None, None),
) -> list[Draft]:
    """Conflicts between a relative day and a named one, or between two close clock times,
    turned into told-differently notes. ``texts``: the two articles, for the words before a
    time ("around" may stand outside the time the parser found); ``refs``: their own dates,
    which keep a relative day too far from the named one a conflict (stamp_lag)."""
    out = []
    for d in drafts:
        if _relative_against_named(d) and not _past_the_lag(d, refs, texts):
            side, facts = ("left", d.left) if relative_only(d.left) else ("right", d.right)
            d = _retold(
                d,
                f"The {side} counts its day ({facts[0].text!r}) from when it was written, which "
                f"its page's date may not give.",
            )
        elif _two_floors(d, texts):
            d.confidence = min(d.confidence, tuning.HEDGED_CLASH_CONFIDENCE)
            d.reason = (
                f"The left says {_after_words(d.left[0], texts[0])!r}, the right "
                f"{_after_words(d.right[0], texts[1])!r}: each time is a floor, and the two lie "
                'too far apart for "shortly after" to reach. Both may be true if the two time '
                "different moments; check which is right."
            )
        elif _close_clocks(d, texts):
            d = _retold(
                d,
                "The two times lie close together: reporters time the shots, the call to police "
                "or the officers' arrival, and round what they are told.",
            )
        elif _within_deadline(d, texts):
            d = _retold(
                d,
                'A time given with "by" is the latest it can have happened: the earlier time '
                "meets the later deadline.",
            )
        out.append(d)
    return out


def _within_deadline(draft: Draft, texts: tuple[str, str]) -> bool:
    """ "extinguished by 7 a.m." / "by 6:40 a.m.": a time after "by" bounds the event from
    above, so any time at or before it is compatible with it."""
    clash = _clock_clash(draft)
    if clash is None:
        return False
    (a, clock_a), (b, clock_b) = clash
    return _meets_deadline((clock_a, _deadline(a, texts[0])), (clock_b, _deadline(b, texts[1])))


def _deadline(fact: Fact, text: str) -> bool:
    before = text[max(0, fact.start - 12) : fact.start].lower().split()[-1:]
    return bool(set(before) & DEADLINE_WORDS)


def _past_the_lag(
    draft: Draft, refs: tuple[date | None, date | None], texts: tuple[str, str]
) -> bool:
    if relative_only(draft.left):
        return beyond_stamp_lag((draft.left[0], refs[0]), (draft.right[0], refs[1]), texts[0])
    return beyond_stamp_lag((draft.right[0], refs[1]), (draft.left[0], refs[0]), texts[1])


def _relative_against_named(draft: Draft) -> bool:
    return (
        draft.kind is FindingKind.CONFLICT
        and draft.type in _DAYS
        and relative_only(draft.left) != relative_only(draft.right)
    )


def _close_clocks(draft: Draft, texts: tuple[str, str]) -> bool:
    clash = _clock_clash(draft)
    if clash is None:
        return False
    (a, clock_a), (b, clock_b) = clash
    return _close(clock_a, clock_b, _hedged(a, texts[0]) or _hedged(b, texts[1]))


def _two_floors(draft: Draft, texts: tuple[str, str]) -> bool:
    """ "just after 2:30 a.m." / "shortly after 2 a.m.": a time told as just after an hour is no
    earlier than that hour and not much later, so two such times further apart than
    ``tuning.AFTER_CLOCK_MINUTES`` are two reckonings, not one time rounded."""
    clash = _clock_clash(draft)
    if clash is None:
        return False
    (a, clock_a), (b, clock_b) = clash
    if not (_after_words(a, texts[0]) and _after_words(b, texts[1])):
        return False
    apart = abs(clock_a - clock_b)
    return min(apart, 24 * 60 - apart) > tuning.AFTER_CLOCK_MINUTES


def _after_words(fact: Fact, text: str) -> str:
    """The time with the "just after" or "shortly after" before it, or "" without one."""
    if _AFTER.match(fact.text):
        return fact.text  # the parser took the words in: "just after 2:30 a.m."
    window = text[max(0, fact.start - 20) : fact.start]
    before = _AFTER.search(window)
    return (
        window[before.start() :] + fact.text if before and window.endswith(before.group()) else ""
    )


_AFTER = re.compile(r"\b(?:just|shortly|soon|right)\s+after\b\s*", re.I)


def _clock_clash(draft: Draft) -> tuple[tuple[Fact, int], tuple[Fact, int]] | None:
    """A conflict of two clock times on days that do not clash: each side's time and its minutes."""
    if draft.kind is not FindingKind.CONFLICT or draft.type is not MentionType.TIME:
        return None
    a, b = draft.left[0], draft.right[0]
    clock_a, clock_b = _minutes(a), _minutes(b)
    if clock_a is None or clock_b is None or _days_clash(a, b):
        return None
    return (a, clock_a), (b, clock_b)


def _days_clash(a: Fact, b: Fact) -> bool:
    """ "10 p.m. Friday" / "10:30 p.m. Saturday": two times of two days."""
    return a.date is not None and b.date is not None and dates_compatible(a.date, b.date) is False


def _close(clock_a: int, clock_b: int, hedged: bool) -> bool:
    """Two clock times (in minutes) within the reach reporters' rounding grants. A hedge
    reaches as far as its clock's precision: "around 1 a.m." half an hour either way, "about
    4:30 p.m." a quarter of an hour, so "about 4:30" and "around 5:30" are two times."""
    apart = abs(clock_a - clock_b)
    apart = min(apart, 24 * 60 - apart)  # "11:50 p.m." and "12:10 a.m." are 20 minutes apart
    if not hedged:
        return apart <= tuning.CLOCK_MINUTES
    return apart <= min(tuning.HEDGED_CLOCK_MINUTES, _reach(clock_a) + _reach(clock_b))


def _reach(clock: int) -> int:
    """How far a hedge on this clock reaches: a full hour rounds to the hour, any other time to
    a part of it."""
    whole_hour = clock % 60 == 0
    return tuning.HOUR_CLOCK_REACH_MINUTES if whole_hour else tuning.PART_HOUR_CLOCK_REACH_MINUTES


def _meets_deadline(a: tuple[int, bool], b: tuple[int, bool]) -> bool:
    """Of two (clock, given with "by") times, the earlier meets the later one's deadline."""
    (clock_a, by_a), (clock_b, by_b) = a, b
    return (by_a and clock_b <= clock_a) or (by_b and clock_a <= clock_b)


def _minutes(fact: Fact) -> int | None:
    head = fact.value.split(" ")[0]
    if not re.fullmatch(r"\d\d:\d\d", head):
        return None
    return int(head[:2]) * 60 + int(head[3:])


def _hedged(fact: Fact, text: str) -> bool:
    """ "around 1 a.m.", "shortly after midnight", "at about 10:30": the time is a reckoning."""
    before = text[max(0, fact.start - 20) : fact.start].lower().split()[-2:]
    words = set(fact.text.lower().split()) | set(before)
    return bool(words & CLOCK_HEDGES)


def _retold(draft: Draft, why: str) -> Draft:
    """An agreement at low confidence whose reason quotes no figure: the two sides' figures
    differ, and a reason must never seem to give one side's figure to both."""
    reason = f"Told differently, not contradicted. {why}"
    return Draft(
        FindingKind.AGREE, draft.type, draft.left, draft.right, reason, tuning.RELATIVE_DAY_AGREE
    )


def close_clock_told(fact: Fact, mine: Analysis, theirs: Analysis) -> bool:
    """The other article gives a clock time close to this one ("approximately 7 p.m." / "7:01
    p.m."): the same time told differently, within the reach ``_close_clocks`` grants."""
    if fact.type is not MentionType.TIME or _clock_minutes(fact.text) is None:
        return False
    for other in when_facts(theirs):
        if other.type not in _DAYS or other.said_on or other.other_event:
            continue
        if clock_gap(fact, mine, other, theirs) is not None:
            return True
        clock, theirs_clock = _clock_minutes(fact.text), _their_clock(other, theirs)
        if (
            clock is not None
            and theirs_clock is not None
            and not _days_clash(fact, other)
            and _meets_deadline(
                (clock, _deadline(fact, mine.document.text)),
                (theirs_clock, _deadline(other, theirs.document.text)),
            )
        ):
            return True  # "by 7 a.m." / "by 6:40 a.m."
    return False


def clock_gap(fact: Fact, mine: Analysis, other: Fact, theirs: Analysis) -> int | None:
    """The minutes between a clock time and one of the other article, when the two lie within
    the reach of reporters' rounding (``_close``) on days that do not clash; else None. A time
    said of a statement or of another event is no time of the story."""
    if fact.type is not MentionType.TIME or other.type not in _DAYS:
        return None
    if other.said_on or other.other_event:
        return None
    clock, theirs_clock = _clock_minutes(fact.text), _their_clock(other, theirs)
    if clock is None or theirs_clock is None or _days_clash(fact, other):
        return None
    hedged = _hedged(fact, mine.document.text) or _hedged(other, theirs.document.text)
    if not _close(clock, theirs_clock, hedged):
        return None
    apart = abs(clock - theirs_clock)
    return min(apart, 24 * 60 - apart)


def _their_clock(other: Fact, theirs: Analysis) -> int | None:
    clock = _clock_minutes(other.text)
    if clock is None:
        # "about 9:25 Thursday" read without its "morning": the clock is read with the words
        # after it.
        tail = theirs.document.text[other.start : other.end + _PART_OF_DAY_REACH]
        clock = _clock_minutes(tail)
    return clock


def night_told(fact: Fact, mine: Analysis, theirs: Analysis) -> bool:
    """The other article dates the same night by its other date ("late Sunday night" / "early
    Monday"): told at another reckoning, not missing there."""
    if fact.type not in _DAYS or fact.said_on or fact.other_event:
        return False
    written = written_date(fact, mine.reference_date)
    if written is None or not names_a_night_hour(fact):
        return False  # no night without a date to reckon it from, nor without its hours
    return any(
        not other.said_on
        and not other.other_event
        and one_night_after(written, fact, other, theirs.reference_date)
        for other in theirs.derived("told_days.days", _day_facts)
    )


def _day_facts(analysis: Analysis) -> list[Fact]:
    """The facts typed as days or dates (types never change after ``analyse``)."""
    return [f for f in analysis.facts if f.type in _DAYS]


# Characters after a date that may hold its part of the day: " morning", " this evening".
_PART_OF_DAY_REACH = 16


def year_told(fact: Fact, mine: Analysis, theirs: Analysis) -> bool:
    """ "next year's Oscars" in an article of 2013 and "the 2014 Academy Awards": one year, one
    counted from the page's date, the other named."""
    years = _years(fact, mine)
    # ``_years`` of a fact of any other type than a date or a time is empty.
    return bool(years) and any(years & _years(other, theirs) for other in when_facts(theirs))


def _years(fact: Fact, analysis: Analysis) -> set[int]:
    if fact.type not in _DAYS or fact.said_on or fact.other_event or year_span_key(fact.text):
        return set()  # "from 1974 to 1979" is no one year
    day = fact.date
    if day is not None and day.year is not None and day.month is None and day.day is None:
        return {day.year}
    words = " ".join(fact.text.lower().split())
    shift = _YEAR_SHIFT.get(words.removeprefix("the "))
    reference = analysis.reference_date
    return set() if shift is None or reference is None else {reference.year + shift}


# A year counted from the page's date, as a whole phrase: "next year", "last year".
_YEAR_SHIFT = {"next year": 1, "this year": 0, "last year": -1, "a year ago": -1}


def _clock_minutes(text: str) -> int | None:
    clock = parse_time(text)
    return None if clock is None else int(clock[:2]) * 60 + int(clock[3:])
