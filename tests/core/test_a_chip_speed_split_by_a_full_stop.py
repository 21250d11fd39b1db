"""A chip's speed that archive copy broke at its decimal point, "up to 2. 7GHz": read as 2.7
gigahertz with its bound, never a bare "up to 2" (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts, yellow

LEFT = (
    "Apple unveiled a new laptop on Monday. The laptop has a processor that runs at up to "
    "2. 7GHz, the company said."
)


def _told_at(speed: str) -> str:
    return (
        "Apple unveiled a new laptop on Monday. The laptop has a processor that runs at up to "
        f"{speed}, the company said."
    )


def test_two_top_speeds_of_one_chip_are_a_conflict_that_may_both_hold() -> None:
    report = compare_stories(LEFT, _told_at("3.7 GHz"))
    assert conflict_texts(report) == [({"up to 2. 7GHz"}, {"up to 3.7 GHz"})]


def test_the_same_top_speed_written_whole_agrees() -> None:
    report = compare_stories(LEFT, _told_at("2.7 GHz"))
    assert not conflict_texts(report)
    assert not yellow(report)
