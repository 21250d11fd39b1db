"""The weekday of one moment both articles time alike.

"The fire service was called at 06:00 BST ... on Sunday" / "the alarm was raised at about 6am on
Wednesday morning": each article names one clock time once, the same time, and dates it with a
weekday in its sentence. One moment has one day, whatever verb each article tells it with, so two
weekdays there conflict, unless either article names the other's weekday anywhere (it may date the
moment there too). A day a statement was made, a report came out or a step still to come is no
day of the moment (``event_days.happenings_weekday``).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.claims import claimable
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.findings.datetimes.days.event_days import happenings_weekday
from desktop.core.model import FindingKind, MentionType, Side

_CLOCK = "time:"


def clock_day_conflicts(left: Analysis, right: Analysis, ledger: Ledger) -> list[Draft]:
    ours = _dated_clocks(left, Side.LEFT, ledger)
    theirs = _dated_clocks(right, Side.RIGHT, ledger)
    named = (_weekdays_named(left), _weekdays_named(right))
    drafts: list[Draft] = []
    for clock in sorted(ours.keys() & theirs.keys()):
        (a_clock, fa), (b_clock, fb) = ours[clock], theirs[clock]
        day_a, day_b = _weekday(fa), _weekday(fb)
        if day_a == day_b or day_a in named[1] or day_b in named[0]:
            continue
        ledger.judge("clock day", [fa], [fb])
        if clock == _MIDNIGHT and _adjacent(day_a, day_b):
            # "at midnight on Saturday" / "at 0000 on Sunday": the moment one day turns over.
            drafts.append(
                Draft(
                    FindingKind.AGREE,
                    MentionType.DATE,
                    [fa],
                    [fb],
                    f"Both articles time the same moment, midnight ({a_clock.text!r} / "
                    f"{b_clock.text!r}), where {fa.text!r} and {fb.text!r} meet: reporters date "
                    "the turn of a day by either side of it.",
                    tuning.CLOCK_DAY_CONFIDENCE,
                )
            )
            continue
        drafts.append(
            Draft(
                FindingKind.CONFLICT,
                MentionType.DATE,
                [fa],
                [fb],
                f"Both articles time the same moment alike ({a_clock.text!r} / {b_clock.text!r}) "
                f"but on different days: the left says {fa.text!r}, the right {fb.text!r}.",
                tuning.CLOCK_DAY_CONFIDENCE,
            )
        )
    return drafts


def _dated_clocks(analysis: Analysis, side: Side, ledger: Ledger) -> dict[str, tuple[Fact, Fact]]:
    """Each clock time the article names once, with the one weekday of its sentence."""
    facts = claimable(analysis)
    clocks: dict[str, list[Fact]] = defaultdict(list)
    for fact in analysis.facts:
        if fact.type is MentionType.TIME and _is_clock(fact.key):
            clocks[fact.key].append(fact)
    reference: date | None = analysis.reference_date
    out = {}
    for key, found in clocks.items():
        if len(found) != 1:
            continue  # a time named twice may time two moments
        clock = found[0]
        # The clock's own sentence first, the ledger asked of its facts only.
        own = [f for f in facts if f.sentence == clock.sentence and f is not clock]
        days = [f for f in ledger.free(side, own) if happenings_weekday(f, reference)]
        if len({_weekday(f) for f in days}) == 1:
            out[key] = (clock, days[0])
    return out


def _is_clock(key: str) -> bool:
    """ "time:06:00": a clock time read to the minute."""
    value = key.removeprefix(_CLOCK)
    return key.startswith(_CLOCK) and len(value) == len("06:00") and value[2] == ":"


# probewar: midnight ends one day and opens the next, and reporters date it by either.
_MIDNIGHT = "time:00:00"


def _adjacent(a: int | None, b: int | None) -> bool:
    return a is not None and b is not None and (a - b) % 7 in (1, 6)


def _weekday(fact: Fact) -> int | None:
    return fact.date.weekday if fact.date is not None else None


def _weekdays_named(analysis: Analysis) -> set[int | None]:
    return {_weekday(f) for f in analysis.facts if f.date is not None} - {None}
