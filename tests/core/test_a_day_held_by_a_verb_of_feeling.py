"""Two days for one checking in show a conflict, even when one article hangs its day on a verb of
feeling: "On Friday, Vell apparently felt she needed to be checked in" dates the checking in, as
"Vell checked herself in on Tuesday, April 30, 2024" does. A complement the writer puts ahead
("felt she would need to be checked in") is not dated by the day above it, and the same weekday
told both ways is no conflict (hand-written texts, pages without a date, so "Friday" stays a
weekday)."""

from __future__ import annotations

from tests.factories import compare_texts, day_conflicts

# The checking in is told after the lead, where the leads' own days are not compared.
_LEAD = (
    "Singer Mara Vell enters rehab. The singer Mara Vell has entered a treatment centre in "
    "California, her publicist confirmed to reporters in a short statement. Her manager asked "
    "reporters and fans to respect her privacy and that of her family at this difficult time. "
    "Vell has spoken often of her years of partying. "
)
_LEFT = (
    _LEAD + "Vell checked herself in on Tuesday, April 30, 2024. In an October interview with a "
    "magazine, Vell claimed she was only a social drinker."
)


def _right(sentence: str) -> str:
    return _LEAD + sentence


def test_two_days_for_one_checking_in_show_a_conflict() -> None:
    report = compare_texts(
        _LEFT,
        _right("On Friday, Vell apparently felt she needed to be checked in without telling why."),
    )
    assert ({"Tuesday, April 30, 2024"}, {"Friday"}) in day_conflicts(report), report.findings


def test_a_checking_in_the_writer_puts_ahead_is_not_dated_by_the_feeling() -> None:
    report = compare_texts(
        _LEFT,
        _right(
            "On Friday, Vell apparently felt she would need to be checked in without telling why."
        ),
    )
    assert not day_conflicts(report), report.findings


def test_the_same_weekday_through_a_verb_of_feeling_is_no_conflict() -> None:
    report = compare_texts(
        _LEFT,
        _right("On Tuesday, Vell apparently felt she needed to be checked in without telling why."),
    )
    assert not day_conflicts(report), report.findings
