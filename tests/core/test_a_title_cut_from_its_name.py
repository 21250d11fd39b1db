"""A title the parser cut from its name ("Police Const. | Tim Hartley said ..."): the words before
the full stop still say who the person is, so "Const. Tim Fanning" in one article and "Police
Const. Tim Hartley" in the other are one constable named two ways."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

_LEFT = (
    "Gunman kills boss at party\n\nA former employee shot his boss dead at an office Christmas "
    "party on Friday, according to Vancouver police spokesperson Const. Tim Fanning.\n\n"
    "The suspect gave himself up two hours later.\n"
)


def _right(name: str) -> str:
    return (
        "Boss shot dead at office party\n\nA man opened fire at an office Christmas party on "
        "Friday, killing his former boss.\n\n"
        f"Police Const. {name} said the gunman entered the party around 4 p.m.\n"
    )


def test_a_constable_with_another_surname_is_a_conflict() -> None:
    report = compare_stories(_LEFT, _right("Tim Hartley"))
    assert ({"Tim Fanning"}, {"Tim Hartley"}) in conflict_texts(report)


def test_the_same_constable_is_no_conflict() -> None:
    report = compare_stories(_LEFT, _right("Tim Fanning"))
    assert conflict_texts(report) == []
