"""A measure of a happening belongs to the happening its own sentence dates.

"The seismological station registered a quake measuring 3.8 on Monday" / "a 6.1 quake struck on
Sunday": each sentence dates the happening it measures, and two days say two happenings (an
aftershock and the quake), whatever the two figures measure alike. So a measure whose sentence
gives a day is never set against a measure whose sentence gives only other days. A day the
sentence gives for the telling ("officials said Monday") dates no happening and is passed over;
a count of people (a toll) is a running figure that grows from day to day and is left to the
passes that tell a revised toll; two measures dated to the same day still meet. Read after every
pass has paired its figures, as a round-up's other shootings are (``round_ups``).
"""

from __future__ import annotations

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.figures.numbers.values import DateValue, dates_compatible
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.claims import dates_a_telling, is_age
from desktop.core.findings.events.tolls import tolls_told
from desktop.core.lexicon.happenings import HAPPENING_MEASURES
from desktop.core.model import FindingKind


def without_other_day_measures(drafts: list[Draft], left: Analysis, right: Analysis) -> list[Draft]:
    """The drafts but conflicts that set a measure of one day's happening against a measure of
    another day's, whichever pass paired them."""
    return [
        d
        for d in drafts
        if not (
            d.kind is FindingKind.CONFLICT
            and d.left
            and d.right
            and all(dated_to_other_days(left, a, right, b) for a in d.left for b in d.right)
        )
    ]


def dated_to_other_days(left: Analysis, fa: Fact, right: Analysis, fb: Fact) -> bool:
    """Both measures' sentences date a happening, and no day of one is a day of the other."""
    if not (_a_measure(fa) and _a_measure(fb)):
        return False
    ours, theirs = _days(left, fa), _days(right, fb)
    if not ours or not theirs:
        return False
    return not any(dates_compatible(x, y) is not False for x in ours for y in theirs)


def _a_measure(fact: Fact) -> bool:
    """A figure that measures a happening once ("a quake measuring 3.8", "a magnitude-6.1
    temblor"), not a count of people or things, which runs on from day to day."""
    if fact.number is None or fact.date is not None or is_age(fact):
        return False
    return fact.counted in HAPPENING_MEASURES or bool(tolls_told(fact) & HAPPENING_MEASURES)


def _days(analysis: Analysis, fact: Fact) -> list[DateValue]:
    """The days the figure's sentence gives a happening: a weekday or a day of a month."""
    return [
        f.date
        for f in analysis.facts
        if f.sentence == fact.sentence
        and f.date is not None
        and (f.date.day is not None or f.date.weekday is not None)
        and not dates_a_telling(f)
    ]
