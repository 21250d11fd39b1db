"""The weekday joined to a clock time is told by the other article's clock alone.

One report says crews were called "shortly before 9pm on Friday", the other that the blaze broke
out "at about 2045 GMT". "9pm on Friday" names one moment, and the second report gives that moment
by its clock: a bare clock time in a news story is a time of the story's day, so Friday is no
fact the second report lacks. Where the second report puts its clock on another day, or its lead
dates the fire another day, the days are compared and Friday stays in view.
"""

from __future__ import annotations

from desktop.core.model import FindingKind
from tests.factories import compare_texts, marks_of

_CLOCK = (
    "Supermarket destroyed by fire\n\n"
    "A supermarket in Banstead has been destroyed in a fire.\n\n"
    "More than 50 firefighters tackled the blaze, which broke out on the roof of the store at "
    "about 2045 GMT.\n\n"
    "Police are treating the fire as suspicious."
)
_DAY = (
    "Huge fire at Banstead store\n\n"
    "A huge fire has almost totally destroyed a supermarket in Banstead.\n\n"
    "Fire crews were called to the High Street premises shortly before 9pm on Friday after smoke "
    "was seen on the roof.\n\n"
    "Police said the blaze was potentially suspicious."
)


def _friday_in_view(left: str) -> bool:
    report = compare_texts(left, _DAY)
    return bool(marks_of(report, "Friday")) or any(
        f.kind is FindingKind.CONFLICT and any("Friday" in s.text for s in f.right)
        for f in report.findings
    )


def test_friday_beside_9pm_is_told_by_a_report_giving_2045_gmt() -> None:
    assert not _friday_in_view(_CLOCK)


def test_a_clock_the_other_report_puts_on_thursday_leaves_friday_in_view() -> None:
    assert _friday_in_view(_CLOCK.replace("about 2045 GMT", "about 2045 GMT on Thursday"))


def test_a_lead_dating_the_fire_thursday_leaves_friday_in_view() -> None:
    assert _friday_in_view(_CLOCK.replace("in a fire.", "in a fire on Thursday."))
