"""One person named differently by the two articles, told in sentences that do not match."""

from __future__ import annotations

from desktop.core.model import FindingKind, Report
from tests.factories import compare_texts


def compare(left: str, right: str) -> Report:
    return compare_texts(left, right, "2024-02-06")


def renamed(report: Report) -> list[tuple[set[str], set[str]]]:
    return [
        ({s.text for s in f.left}, {s.text for s in f.right})
        for f in report.findings
        if f.kind is FindingKind.CONFLICT
    ]


LEFT = (
    "Teen killed near high school\n\n"
    "A high school sophomore died on Monday after a shooting near the campus in Yuma. "
    "According to a police statement, {left}, was killed in the incident, which happened "
    "south of the school. Officers are still looking for the driver of a white car."
)
RIGHT = (
    "Friends mourn Yuma teen\n\n"
    "{right}, was driving a pickup carrying three of his friends to lunch when another car "
    "pulled up beside them. Classmates gathered at the school gates on Tuesday evening."
)


def test_the_same_first_name_at_the_same_age_is_one_person_named_two_ways() -> None:
    found = renamed(
        compare(LEFT.format(left="Daniel Rahm, 16"), RIGHT.format(right="Daniel Moss, 16"))
    )
    assert any("Daniel Rahm" in a and "Daniel Moss" in b for a, b in found), found


def test_an_age_written_before_the_name_counts_as_the_persons_age() -> None:
    found = renamed(
        compare(
            LEFT.format(left="16-year-old Daniel Rahm"),
            RIGHT.format(right="Daniel Moss, 16"),
        )
    )
    assert any("Daniel Rahm" in a and "Daniel Moss" in b for a, b in found), found


def test_the_same_first_name_at_different_ages_is_two_people() -> None:
    found = renamed(
        compare(LEFT.format(left="Daniel Rahm, 16"), RIGHT.format(right="Daniel Moss, 41"))
    )
    assert not any("Daniel Rahm" in a for a, _ in found), found
