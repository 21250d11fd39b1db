"""Two parts of one day: a storm one article puts on Saturday morning and the other on Saturday
evening is told at two different times, while "Saturday night" / "Saturday evening" and
"Thursday night" / "Thursday" are one time told at two precisions (hand-written texts)."""

from __future__ import annotations

from desktop.core.model import FindingKind
from tests.factories import compare_texts as compare
from tests.factories import conflict_texts as conflict_pairs
from tests.factories import yellow


def _storm(when: str) -> str:
    return (
        "Storm hits coast\n\nA powerful storm hit the coastal town of Brindle on "
        f"{when}, the mayor told reporters. Three people were injured when a roof fell."
    )


def _struck(when: str) -> str:
    return (
        "Town battered\n\nThe mayor said a strong storm struck Brindle on "
        f"{when}. A falling roof injured three people."
    )


def test_a_storm_on_saturday_evening_is_not_a_storm_on_saturday_morning() -> None:
    report = compare(_storm("Saturday evening"), _struck("Saturday morning"))
    assert ({"Saturday evening"}, {"Saturday morning"}) in conflict_pairs(report)
    assert "morning" not in yellow(report) and "evening" not in yellow(report)


def test_a_night_and_an_afternoon_of_one_thursday_conflict() -> None:
    report = compare(_storm("Thursday night"), _struck("Thursday afternoon"))
    assert ({"Thursday night"}, {"Thursday afternoon"}) in conflict_pairs(report)


def test_an_evening_and_a_night_of_one_day_overlap() -> None:
    assert conflict_pairs(compare(_storm("Saturday evening"), _struck("Saturday night"))) == []


def test_a_day_told_without_its_hours_agrees_and_the_reason_says_who_gives_the_hours() -> None:
    report = compare(_storm("Thursday night"), _struck("Thursday"))
    assert conflict_pairs(report) == []
    agreed = [
        f
        for f in report.findings
        if f.kind is FindingKind.AGREE and {s.text for s in f.left} == {"Thursday night"}
    ]
    assert agreed and "only the left says when in the day" in agreed[0].reason
