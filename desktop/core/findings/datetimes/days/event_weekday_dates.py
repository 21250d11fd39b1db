"""The day each article gives one happening, a weekday in one and a day and month in the other:
"Investigators would not say when on Saturday the family was shot" / "were shot and killed inside
the home on August 8th".

The sentences need not align: both date the shooting, and a shooting has one day. A weekday is
tied to what it dates as in ``event_days`` (the words its slot weighs most, "shooting" and "shot"
being one happening), and so is a day and month. When one article dates the happening with
exactly one weekday and no calendar day, and the other with exactly one calendar day and no
weekday, the calendar says whether they agree (``calendar_weekdays``: the year stated, or the
page's, the nearest such day not after it). A day of another happening (a later step, a round-up's
other shooting, a day a statement was made) dates nothing here. A clash is not told when the
article of the date names that weekday somewhere, or the article of the weekday that date: it
may give the happening that day there.
"""

from __future__ import annotations

from collections.abc import KeysView
from datetime import date

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.claims import Relation, dates_a_report, written_date
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.findings.datetimes.days.event_days import (
    dated_happenings,
    day_relation,
    happenings_weekday,
    word_for,
)
from desktop.core.lexicon.happenings import DEATH_HAPPENING, KILLING_DEEDS
from desktop.core.lexicon.time_words import WEEKDAY_NAME
from desktop.core.model import FindingKind, MentionType, Side

_SIDES = (Side.LEFT, Side.RIGHT)
# "Saturday, Aug. 8" names its weekday itself (``told_apposed_weekdays``).


def event_weekday_dates(left: Analysis, right: Analysis, ledger: Ledger) -> list[Draft]:
    analyses = (left, right)
    refs: tuple[date | None, date | None] = (left.reference_date, right.reference_date)
    weekdays = [
        dated_happenings(a, s, ledger, r) for a, s, r in zip(analyses, _SIDES, refs, strict=True)
    ]
    days = [
        dated_happenings(a, s, ledger, r, happenings_day)
        for a, s, r in zip(analyses, _SIDES, refs, strict=True)
    ]
    drafts: list[Draft] = []
    for w in (0, 1):
        d = 1 - w
        for w_event, d_event in _events(weekdays[w].keys(), days[d].keys()):
            if {w_event, d_event} & (days[w].keys() | weekdays[d].keys()):
                continue  # each article gives this happening both kinds of day: read elsewhere
            w_facts = ledger.free(_SIDES[w], weekdays[w][w_event])
            d_facts = ledger.free(_SIDES[d], days[d][d_event])
            if len(_weekdays(w_facts)) != 1 or len(_calendar_days(d_facts)) != 1:
                continue
            pair = (w_facts[0], d_facts[0]) if w == 0 else (d_facts[0], w_facts[0])
            rel = day_relation(pair[0], pair[1], w_event, refs)
            if rel is Relation.CLASH and (
                w_event != d_event or _named_elsewhere(w_facts[0], d_facts[0], analyses, w)
            ):
                continue  # a deed's day and a death's may be two days
            if rel not in (Relation.SAME, Relation.CLASH):
                continue
            events = (w_event, d_event) if w == 0 else (d_event, w_event)
            facts = (w_facts, d_facts) if w == 0 else (d_facts, w_facts)
            ledger.judge("event weekday date", facts[0], facts[1])
            drafts.append(_draft(rel, facts, events, pair))
    return drafts


def _events(weekday_events: KeysView[str], day_events: KeysView[str]) -> list[tuple[str, str]]:
    """The happenings a weekday and a day may both date: the same one, or a deed that kills
    and the death ("shot Saturday" / "shot and killed on Aug. 8")."""
    same = [(e, e) for e in sorted(weekday_events & day_events)]
    deeds = KILLING_DEEDS | {DEATH_HAPPENING}
    return same + [
        (a, b)
        for a in sorted(weekday_events & deeds)
        for b in sorted(day_events & deeds)
        if a != b and DEATH_HAPPENING in (a, b)
    ]


def happenings_day(fact: Fact, reference: date | None) -> bool:
    """A day and month written without a weekday ("on Aug. 8", "March 11"), dating what
    happened."""
    written = written_date(fact, None)
    return (
        written is not None
        and written.month is not None
        and written.day is not None
        and not happenings_weekday(fact, reference)
        and WEEKDAY_NAME.search(fact.text) is None
        and not fact.weak
        and not fact.said_on
        and not fact.coming
        and not dates_a_report(fact)
    )


def _draft(
    rel: Relation,
    facts: tuple[list[Fact], list[Fact]],
    events: tuple[str, str],
    pair: tuple[Fact, Fact],
) -> Draft:
    a, b = pair
    words = f"({word_for(a, events[0])!r} / {word_for(b, events[1])!r})"
    if rel is Relation.SAME:
        kind = FindingKind.AGREE
        reason = (
            f"Both articles date the same happening {words} on one day: one gives its weekday, "
            "the other a date the calendar puts on that weekday."
        )
    else:
        kind = FindingKind.CONFLICT
        reason = (
            f"Both articles date the same happening {words} but on different days: the left "
            f"says {a.text!r}, the right {b.text!r}, and the calendar puts {_day_of(a, b)!r} on "
            f"another weekday than {_weekday_of(a, b)!r}."
        )
    return Draft(kind, MentionType.DATE, facts[0], facts[1], reason, tuning.EVENT_DAY_CONFIDENCE)


def _day_of(a: Fact, b: Fact) -> str:
    """The words of the calendar day of the two."""
    return b.text if _names_a_weekday(a) else a.text


def _weekday_of(a: Fact, b: Fact) -> str:
    """The words of the weekday of the two."""
    return a.text if _names_a_weekday(a) else b.text


def _named_elsewhere(weekday: Fact, day: Fact, analyses: tuple[Analysis, Analysis], w: int) -> bool:
    """The article of the date names the weekday somewhere, or the article of the weekday
    names the day and month."""
    named_day = written_date(day, None)
    told_weekday = written_date(weekday, None)
    if named_day is None or told_weekday is None:
        return False
    for fact in analyses[1 - w].facts:
        seen = written_date(fact, None) if fact.date is not None else None
        if seen is not None and seen.weekday == told_weekday.weekday and seen.day is None:
            return True
    for fact in analyses[w].facts:
        seen = written_date(fact, None) if fact.date is not None else None
        if seen is not None and (seen.month, seen.day) == (named_day.month, named_day.day):
            return True
    return False


def _weekdays(facts: list[Fact]) -> set[int]:
    out = set()
    for fact in facts:
        written = written_date(fact, None)
        if written is not None and written.weekday is not None:
            out.add(written.weekday)
    return out


def _calendar_days(facts: list[Fact]) -> set[tuple[int | None, int | None, int | None]]:
    out = set()
    for fact in facts:
        written = written_date(fact, None)
        if written is not None:
            out.add((written.year, written.month, written.day))
    return out


def _names_a_weekday(fact: Fact) -> bool:
    written = written_date(fact, None)
    return written is not None and written.weekday is not None and written.day is None
