"""A weekday and its clock in one phrase: "Tuesday at about 4 p.m." is one moment, told against
the other article's "Tuesday afternoon" at the precision both give, not a day that agrees and a
clock left yellow as if only one article said when (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_texts as compare
from tests.factories import conflict_texts as conflict_pairs
from tests.factories import yellow


def _shooting(when: str) -> str:
    return (
        "Five hurt in school shooting\n\nFive students were shot outside Lakeview High School "
        f"{when}, police said. The gunman fled in a silver car."
    )


def _gunfire(when: str) -> str:
    return (
        "Students wounded\n\nA gunman shot five students outside Lakeview High School "
        f"{when}, officers said. He drove away in a silver car."
    )


def test_a_clock_after_its_weekday_agrees_with_the_afternoon_of_that_day() -> None:
    report = compare(_shooting("Tuesday afternoon"), _gunfire("Tuesday at about 4 p.m."))
    assert conflict_pairs(report) == []
    assert not any("4 p.m." in mark for mark in yellow(report))


def test_a_clock_after_its_weekday_conflicts_with_the_night_of_that_day() -> None:
    report = compare(_shooting("Tuesday night"), _gunfire("Tuesday at about 4 p.m."))
    assert ({"Tuesday night"}, {"Tuesday at about 4 p.m."}) in conflict_pairs(report)


def test_a_weekday_and_a_clock_told_apart_stay_two_facts() -> None:
    # "on Tuesday, when at 4 p.m. ..." is no phrase of one moment: the clock is not joined.
    report = compare(
        _shooting("on Tuesday"),
        "Students wounded\n\nPolice said a gunman shot five students outside Lakeview High "
        "School on Tuesday. The school had closed at 4 p.m. and he drove away in a silver car.",
    )
    assert conflict_pairs(report) == []
