"""The place each lead puts the event in, compared at the rank both give (texts for the tests)."""

from __future__ import annotations

from desktop.core.compare import compare_documents
from desktop.core.model import Document, Finding, FindingKind, Report

LEFT = (
    "Crews fight supermarket blaze\n\n"
    "Fire crews from three stations were called in to fight a major blaze at a supermarket in "
    "{left} early on Sunday. Nobody was hurt, and the shop will stay closed for a week."
)
RIGHT = (
    "Supermarket fire in {right} town centre tackled\n\n"
    "Firefighters have put out a fire that tore through the roof of a supermarket. "
    "Half of the roof above the entrance collapsed, but the rest of the building is intact."
)


def compare(left: str, right: str) -> Report:
    return compare_documents(
        Document(source="left.txt", text=LEFT.format(left=left)),
        Document(source="right.txt", text=RIGHT.format(right=right)),
    )


def conflicts(report: Report) -> list[Finding]:
    return [f for f in report.findings if f.kind is FindingKind.CONFLICT]


def test_two_leads_that_put_the_fire_in_two_different_cities_conflict() -> None:
    found = conflicts(compare("Leeds", "Manchester"))
    assert any(
        [s.text for s in f.left] == ["Leeds"] and [s.text for s in f.right] == ["Manchester"]
        for f in found
    ), found


def test_a_city_and_its_country_or_an_unknown_district_are_never_a_conflict() -> None:
    assert not conflicts(compare("Athens", "Greece"))
    assert not conflicts(compare("Leeds", "Holbeck"))


def report_of(left: str, right: str) -> Report:
    return compare_documents(
        Document(source="left.txt", text=left), Document(source="right.txt", text=right)
    )


def test_the_same_town_put_in_two_states_in_unrelated_sentences_is_a_conflict() -> None:
    left = (
        "Family seeks justice\n\n"
        "A family wants justice for a teenager found dead in a burned car last week. "
        "Deputies said the car was found off a county road near Brookmere, Texas, on Friday."
    )
    right = (
        "Victims identified\n\n"
        "All of the victims found in the burned car have now been identified by deputies. "
        "The medical examiner said the car had been set alight near Brookmere, Ohio, before dawn."
    )
    found = conflicts(report_of(left, right))
    assert any(
        [s.text for s in f.left] == ["Texas"] and [s.text for s in f.right] == ["Ohio"]
        for f in found
    ), found


def test_a_neighbourhood_and_its_city_in_the_same_words_are_not_a_conflict() -> None:
    left = (
        "Shooting near school\n\n"
        "Three students were hurt in a shooting across from a high school in southwest Houston. "
        "One of them is in critical condition, a hospital spokesman said."
    )
    right = (
        "Teen denied bond\n\n"
        "A teenager accused of shooting three students near a southwest Texas school was denied "
        "bond on Wednesday. His lawyer said he would appeal."
    )
    assert not [f for f in conflicts(report_of(left, right)) if f.type.value == "place"]
