"""A body named after the office that heads it is told by that office's title: "according to the
Dane County Sheriff's Office" and "Dane County Sheriff Tom Hale says" name one agency, and so
does "a Dane County Sheriff's deputy". The reader sees both articles name it, not a body only one names."""

from __future__ import annotations

from desktop.core.model import MentionType
from tests.factories import agreed_texts, compare_stories, yellow

LEFT = (
    "Boy, 6, hurt in accidental shooting\n\n"
    "A 6-year-old boy was wounded Friday when a handgun went off at a home in Millbrook, "
    "according to the Dane County Sheriff's Office. The boy was flown to a hospital in Madison."
)


def _right(source: str) -> str:
    return (
        "Child shot at Millbrook home\n\n"
        f"{source} says a 6-year-old boy was wounded Friday when a handgun went off at a home in "
        "Millbrook. The boy was flown to a hospital in Madison."
    )


def test_the_sheriffs_office_is_told_by_the_county_sheriff_named() -> None:
    report = compare_stories(LEFT, _right("Dane County Sheriff Tom Hale"))
    assert ({"Dane County Sheriff's Office"}, {"Dane County Sheriff"}) in agreed_texts(
        report, MentionType.ORGANISATION
    )
    assert "Dane County Sheriff's Office" not in yellow(report)


def test_the_sheriffs_office_is_told_by_one_of_its_deputies() -> None:
    report = compare_stories(LEFT, _right("A Dane County Sheriff's deputy"))
    assert ({"Dane County Sheriff's Office"}, {"Dane County Sheriff"}) in agreed_texts(
        report, MentionType.ORGANISATION
    )


def test_another_countys_sheriff_tells_no_office_of_this_one() -> None:
    report = compare_stories(LEFT, _right("The Rock County Sheriff"))
    assert not any("Dane County Sheriff's Office" in left for left, _ in agreed_texts(report))
    assert "Dane County Sheriff's Office" in yellow(report)


def test_another_office_of_the_county_tells_no_sheriffs_office() -> None:
    report = compare_stories(LEFT, _right("The Dane County medical examiner"))
    assert not any("Dane County Sheriff's Office" in left for left, _ in agreed_texts(report))
