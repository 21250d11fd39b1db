"""A police log's clock with its seconds ("at approximately 04:10:00 AM") is ten past four, the
time the other article gives as "4:10 a.m."; it is never read as ten o'clock (its minutes and
seconds taken for an hour and minutes). Ten past four in the afternoon is another time.
"""

from __future__ import annotations

from desktop.core.datetimes.clock import parse_time
from tests.factories import compare_texts, conflict_texts
from tests.factories import marks_of as marks

_LEFT = (
    "One dead, three hurt in Garden Way shooting\n\n"
    "Police were called to 900 Garden Way at 4:10 a.m. on Sunday after several shots were fired "
    "outside an apartment building. One man died and three others were hurt."
)


def _right(clock: str) -> str:
    return (
        "Police investigate deadly shooting\n\n"
        f"On Sunday at approximately {clock}, police responded to a complaint of multiple shots "
        "fired at 900 Garden Way. One victim died and three others were seriously injured."
    )


def test_a_clock_with_seconds_reads_its_hour_from_the_first_figure() -> None:
    assert parse_time("at approximately 04:10:00 AM") == "04:10"
    assert parse_time("10:45:30 p.m.") == "22:45"


def test_ten_past_four_with_its_seconds_is_the_4_10_am_the_other_article_gives() -> None:
    report = compare_texts(_LEFT, _right("04:10:00 AM"))
    assert not marks(report, "4:10 a.m.")
    assert not conflict_texts(report)


def test_ten_past_four_in_the_afternoon_is_not_the_other_articles_4_10_am() -> None:
    report = compare_texts(_LEFT, _right("04:10:00 PM"))
    assert marks(report, "4:10 a.m.") or conflict_texts(report)
