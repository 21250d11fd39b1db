"""A happening the other article tells only as to come does not tell that it happened: "the name
of the suspect would be released after he is formally charged" leaves "A man has been charged
with first-degree murder" a charge only one article reports. A charge told as done ("after he
was charged") tells it, and "managed to escape" is an escape done, no plan (hand-written
texts)."""

from __future__ import annotations

from desktop.core.model import FindingKind, MentionType
from tests.factories import compare_texts as compare

HEADLINE = "Man held after office party shooting\n\n"
LEFT = (
    "A man has been charged with first-degree murder after a shooting at an office Christmas "
    "party in Vancouver on Friday."
)
RIGHT = (
    "A former employee opened fire at an office Christmas party in Vancouver on Friday, killing "
    "one person, police said. They said the name of the suspect would be released {}."
)


def _left_events(left: str, right: str) -> list[str]:
    report = compare(HEADLINE + left, HEADLINE + right)
    return [
        s.text
        for f in report.findings
        if f.kind is FindingKind.LEFT_ONLY and f.type is MentionType.OTHER
        for s in f.left
    ]


def test_a_charge_laid_is_not_told_by_a_name_released_after_he_is_charged() -> None:
    right = RIGHT.format("after he is formally charged")
    assert _left_events(LEFT, right) == ["charged"]


def test_a_charge_laid_is_not_told_by_a_charge_expected() -> None:
    right = RIGHT.format("soon, and he is expected to be charged Tuesday")
    assert _left_events(LEFT, right) == ["charged"]


def test_a_charge_laid_is_told_by_a_name_released_after_he_was_charged() -> None:
    right = RIGHT.format("after he was formally charged")
    assert _left_events(LEFT, right) == []


def test_partygoers_who_managed_to_escape_tell_an_escape() -> None:
    left = "The other partygoers managed to escape unharmed, police said on Friday."
    right = "The other partygoers escaped unharmed from the office party on Friday."
    assert _left_events(left, right) == []
    assert _left_events(right, left) == []
