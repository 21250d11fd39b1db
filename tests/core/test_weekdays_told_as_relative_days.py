"""A weekday is told where the sentence telling the same thing on the other side says "today"
or "yesterday", even when its parser read no date there: the two give one day at two
precisions. A day a statement was made on is not the day of what happened."""

from __future__ import annotations

from tests.factories import compare_texts
from tests.factories import marks_of as marks

_SATURDAY = (
    "Navy foils hijack\n\n"
    "Indian warship INS Mysore and its marine commandos thwarted a hijack attempt on an "
    "Ethiopian merchant vessel on Saturday and captured 23 pirates in the Gulf of Aden."
)


def _today(said: bool) -> str:
    when = ("", " today") if said else (" today", "")
    return (
        "Navy catches pirates\n\n"
        f"Commandos from an Indian warship INS Mysore{when[0]} caught pirates in the act in the "
        f"Gulf of Aden and took 23 of them into custody, a spokesperson said{when[1]}."
    )


def test_pirates_caught_today_in_an_undated_article_were_caught_on_the_saturday() -> None:
    report = compare_texts(_SATURDAY, _today(said=False))
    assert not marks(report, "Saturday"), marks(report, "Saturday")


def test_a_spokesperson_speaking_today_does_not_tell_the_day_of_the_capture() -> None:
    report = compare_texts(_SATURDAY, _today(said=True))
    assert marks(report, "Saturday")


def test_police_explaining_yesterday_do_not_tell_the_day_of_the_shooting() -> None:
    left = (
        "Vigil for teenager\n\n"
        "More than 100 people joined a vigil in Brooklyn, where 16-year-old Kimani Gray was "
        "shot by police on Saturday."
    )
    right = (
        "Police defend shooting\n\n"
        "Yesterday, the police explained that officers shot 16-year-old Kimani Gray in Brooklyn "
        "because he pointed a gun at them."
    )
    report = compare_texts(left, right)
    assert marks(report, "Saturday")
