"""An age at death told of "he" or "she" ("She died at 86 after a long illness") is the age of
the person the pronoun stands for (the one person named just before it): against the other
article's "Harlow, 87," it is a conflict on Harlow's age; so is a "she" further on when the
article has named no one else before it. A pronoun that could stand for two people, or of the
other sex than the pronouns the article gave the one named, gives the age to no one."""

from __future__ import annotations

from desktop.core.model import FindingKind
from tests.factories import compare_texts

_TITLE = "Actress dies\n\n"
_LEAD = "The actress Jean Harlow died on Sunday at her home in Los Angeles, her family said.\n\n"
_END = "\n\nHarlow starred in more than forty films during a long career."


def _age_conflicts(left: str, right: str) -> list[str]:
    report = compare_texts(_TITLE + left + _END, _TITLE + right + _END, "2024-05-13")
    return [
        f.reason for f in report.findings if f.kind is FindingKind.CONFLICT and "age" in f.reason
    ]


def test_she_died_at_86_against_harlow_87_is_a_conflict_on_her_age() -> None:
    found = _age_conflicts(
        _LEAD + "She died at 86 after a long illness, her son told reporters.",
        _LEAD + "Harlow, 87, died after a long illness, her son told reporters.",
    )
    assert len(found) == 1 and "Jean Harlow" in found[0], found


def test_she_died_at_87_agrees_with_harlow_87() -> None:
    found = _age_conflicts(
        _LEAD + "She died at 87 after a long illness, her son told reporters.",
        _LEAD + "Harlow, 87, died after a long illness, her son told reporters.",
    )
    assert not found, found


def test_a_pronoun_after_two_women_gives_no_one_an_age() -> None:
    found = _age_conflicts(
        _LEAD + "Harlow and her sister Ann Cole were close. She died at 86, her son said.",
        _LEAD + "Harlow, 87, died after a long illness, her son told reporters.",
    )
    assert not found, found


def test_she_after_a_sentence_naming_no_one_is_the_one_person_named_before() -> None:
    found = _age_conflicts(
        _LEAD + "The family asked for privacy in a statement released on Monday.\n\n"
        "She died at 86 after a long illness, the statement said.",
        _LEAD + "Harlow, 87, died after a long illness, her son told reporters.",
    )
    assert len(found) == 1 and "Jean Harlow" in found[0], found


def test_he_is_not_the_one_woman_named_before() -> None:
    found = _age_conflicts(
        _LEAD + "The family asked for privacy in a statement released on Monday.\n\n"
        "He died at 86 after a long illness, the statement said.",
        _LEAD + "Harlow, 87, died after a long illness, her son told reporters.",
    )
    assert not found, found
