"""Two given names in one order are one person's: "Jose Luis Orozco" in one article and "Jose Luis
Brennan" in the other, neither surname written by the other article, name one person two ways,
wherever the sentences stand. One shared first name alone may be two people."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

_OPENING = "A sheriff's deputy was shot dead on Friday in Hawaiian Gardens, officials said.\n\n"


def _stories(left_name: str, right_name: str) -> tuple[str, str]:
    left = (
        "Deputy killed in ambush\n\n" + _OPENING + "The court later heard that "
        f"{left_name} had waited behind a door with a rifle.\n"
    )
    right = (
        "Deputy shot dead\n\n" + _OPENING + "As of 11 p.m. authorities were still "
        f"searching for {right_name}, 27, who is considered armed and dangerous.\n"
    )
    return left, right


def test_the_same_two_given_names_with_another_surname_are_a_conflict() -> None:
    report = compare_stories(*_stories("Jose Luis Orozco", "Jose Luis Brennan"))
    assert ({"Jose Luis Orozco"}, {"Jose Luis Brennan"}) in conflict_texts(report)


def test_one_shared_first_name_in_unrelated_sentences_is_no_conflict() -> None:
    report = compare_stories(*_stories("Jose Orozco", "Jose Brennan"))
    assert conflict_texts(report) == []
