"""The weekday each article gives one happening, compared across the articles.

"Moments after the Saturday shooting, one officer ..." / "officers fatally shot the teenager ...
on Friday": the two sentences tell different parts of the story and need not align, but both
date the shooting, and a shooting has one day. A weekday is tied to what it dates by the words
its slot weighs most (the verb or noun it hangs on: "shot ... on Friday", "the Saturday
shooting"), "shooting" and "shot" being one happening. When each article dates that happening
with exactly one weekday, the two differ, and neither article names the other's weekday
anywhere, the articles date it differently. A day a statement was made ("police said Sunday"),
a report came out, or a step still to come is no day of the happening.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from desktop.core.datetimes.dates import calendar_day
from desktop.core.extraction.extract import Analysis, Fact, Token
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.claim_dates import date_relation
from desktop.core.findings.bookkeeping.claims import (
    Relation,
    claimable,
    dates_a_report,
    relation,
    written_date,
)
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.findings.events.happenings import happening
from desktop.core.lexicon import DAY_PARTS, GENERIC_SLOT_WORDS, LATER_STEP_VERBS
from desktop.core.lexicon.speakers import ANNOUNCING_VERBS
from desktop.core.lexicon.steps import CUSTODY_STEPS
from desktop.core.model import FindingKind, MentionType, Side
from desktop.core.quoting.attribution import REPORTING_VERBS

# "just before 11:30 p.m. on Friday", "Friday at 3 p.m.": a weekday joined to a clock time is one
# time expression, and dates what the time does.
_JOINED = re.compile(r"\s*(?:,|on|at)?\s*")
# The happening the words of a death fold to (``SLOT_SYNONYMS``), and the ending of a gerund.
_DEATH = "death"
_GERUND = "ing"


def event_days(left: Analysis, right: Analysis, ledger: Ledger) -> list[Draft]:
    refs: tuple[date | None, date | None] = (left.reference_date, right.reference_date)
    ours = dated_happenings(left, Side.LEFT, ledger, refs[0])
    theirs = dated_happenings(right, Side.RIGHT, ledger, refs[1])
    if not ours or not theirs:
        return []
    named = (_weekdays_named(left), _weekdays_named(right))
    drafts: list[Draft] = []
    for event in sorted(ours.keys() & theirs.keys()):
        a_facts = ledger.free(Side.LEFT, ours[event])
        b_facts = ledger.free(Side.RIGHT, theirs[event])
        a_days, b_days = weekdays_of(a_facts), weekdays_of(b_facts)
        if len(a_days) != 1 or len(b_days) != 1 or a_days == b_days:
            continue
        fa, fb = a_facts[0], b_facts[0]
        if named[1].names(fa, a_days) or named[0].names(fb, b_days):
            continue  # the other article names this day too: it may date this happening there
        if day_relation(fa, fb, event, refs) is not Relation.CLASH:
            continue
        ledger.judge("event day", a_facts, b_facts)
        drafts.append(
            Draft(
                FindingKind.CONFLICT,
                MentionType.DATE,
                a_facts,
                b_facts,
                f"Both articles date the same happening ({word_for(fa, event)!r} / "
                f"{word_for(fb, event)!r}) but on different days: the left says {fa.text!r}, "
                f"the right {fb.text!r}.",
                tuning.EVENT_DAY_CONFIDENCE,
            )
        )
    return drafts


def day_relation(
    fa: Fact, fb: Fact, event: str, refs: tuple[date | None, date | None]
) -> Relation | None:
    """How the two days relate. Both date one step of the story by its own word ("acquitted ...
    on Tuesday" / "returned its verdict on Wednesday"), so the parser's reach that ties one day
    to a later step and not the other keeps them no further apart."""
    if event in _STEPS and fa.other_event != fb.other_event:
        return date_relation(fa, fb, refs)
    return relation(fa, fb, refs)


def dated_happenings(
    analysis: Analysis,
    side: Side,
    ledger: Ledger,
    reference: date | None,
    keeps: Callable[[Fact, date | None], bool] | None = None,
) -> dict[str, list[Fact]]:
    """The weekdays of the article (or the days ``keeps`` takes) by the happening each dates."""
    out: dict[str, list[Fact]] = defaultdict(list)
    facts = claimable(analysis)
    # Each day is joined only to a time of its own sentence: the times are sorted by sentence
    # once, not looked for among all the article's facts for every day.
    times: dict[int, list[Fact]] = defaultdict(list)
    for f in facts:
        if f.type is MentionType.TIME:
            times[f.sentence].append(f)
    for fact in ledger.free(side, facts):
        if not (keeps or happenings_weekday)(fact, reference):
            continue
        words = {_happening(w) for w in _heads(fact)}
        for time in _joined_times(analysis.document.text, fact, times.get(fact.sentence, [])):
            words |= {_happening(w) for w in _heads(time)}
        words |= _manners_of_death(analysis.sentence_tokens[fact.sentence], words)
        if fact.other_event:
            # A day the article ties to another happening dates only a step of the story by
            # that step's own word ("sentenced Nichols Saturday"); "The sixth aftershock shook
            # the island on Monday" dates no quake's blow.
            words &= _STEPS
        for word in words - {""}:
            out[word].append(fact)
    return out


# The happenings a later step of the story names: an arrest, a sentencing, a hearing.
_STEPS = frozenset(happening(w) for w in LATER_STEP_VERBS | CUSTODY_STEPS)


def happenings_weekday(fact: Fact, reference: date | None) -> bool:
    """A weekday written as such ("Friday", not "Friday, March 8"), dating what happened."""
    written = written_date(fact, reference)
    return (
        written is not None
        and written.weekday is not None
        and written.day is None
        and not fact.weak
        and not fact.said_on
        and not fact.coming
        and not dates_a_report(fact)
    )


def _heads(fact: Fact) -> list[str]:
    return [w for w, weight in fact.slot.items() if weight >= 1.0]


def _joined_times(text: str, day: Fact, facts: list[Fact]) -> list[Fact]:
    return [
        f
        for f in facts
        if f.sentence == day.sentence
        and f.type is MentionType.TIME
        and (
            (f.end <= day.start and _JOINED.fullmatch(text, f.end, day.start))
            or (day.end <= f.start and _JOINED.fullmatch(text, day.end, f.start))
        )
    ]


def _manners_of_death(tokens: Sequence[Token], words: set[str]) -> set[str]:
    """ "the shooting death of Kimani on Saturday": a gerund before the noun of a death names how
    the victim died, so the day dates that happening too ("shot ... on Friday")."""
    if _DEATH not in words:
        return set()
    found = set()
    for before, token in itertools.pairwise(tokens):
        if (
            happening(token.content) == _DEATH
            and before.lower.endswith(_GERUND)
            and before.content
            and before.end < token.start
        ):
            found.add(_happening(before.content))
    return found - {"", _DEATH}


def _happening(word: str) -> str:
    """The happening a slot word names, or "" for a word that names none: a verb of saying, a
    part of the day, a word too common to say what is dated."""
    if word in GENERIC_SLOT_WORDS or word in DAY_PARTS:
        return ""
    if word in REPORTING_VERBS and word not in ANNOUNCING_VERBS:
        return ""  # a day an announcement dates is no statement's day (event_ties.said_on)
    return happening(word)


def word_for(fact: Fact, event: str) -> str:
    """The slot word by which the fact dates the happening, as the article has it."""
    return next((w for w in fact.slot if _happening(w) == event), event)


def weekdays_of(facts: list[Fact]) -> set[int]:
    """The weekdays the facts give."""
    return {f.date.weekday for f in facts if f.date is not None and f.date.weekday is not None}


@dataclass(frozen=True, slots=True)
class DaysNamed:
    """The days an article names, whatever they date: weekdays it writes ("on Wednesday"), and
    calendar days it writes or resolves ("May 19", "yesterday")."""

    weekdays: frozenset[int]
    calendar_weekdays: frozenset[int]  # the weekdays its calendar days fall on
    calendar_days: frozenset[date]

    def names(self, fact: Fact, weekdays: set[int]) -> bool:
        """The article names the day ``fact`` gives. A calendar day names a weekday only when it
        is that very day: "faces a May 19 due date" falls on a Wednesday two weeks on and names
        no day of the story's week, so it leaves the other article's "killed three people
        Wednesday" the only Wednesday told. A weekday the article could not place on the
        calendar meets any calendar day on that weekday, as before."""
        if weekdays & self.weekdays:
            return True
        day = calendar_day(fact.date)
        if day is None:
            return bool(weekdays & self.calendar_weekdays)
        return day in self.calendar_days


def _weekdays_named(analysis: Analysis) -> DaysNamed:
    """Every day the article names, whatever it dates."""
    weekdays: set[int] = set()
    calendar: set[int] = set()
    days: set[date] = set()
    for fact in analysis.facts:
        when = fact.date
        if when is None or when.weekday is None:
            continue
        written = written_date(fact, analysis.reference_date)
        if written is not None and written.weekday is not None and written.day is None:
            weekdays.add(when.weekday)  # "Wednesday", written as a weekday
            continue
        day = calendar_day(fact.date)
        if day is None:
            weekdays.add(when.weekday)
            continue
        calendar.add(when.weekday)
        days.add(day)
    return DaysNamed(frozenset(weekdays), frozenset(calendar), frozenset(days))
