"""A count written in words that the model leaves untagged ("called in an additional six
engines") is a figure still: it clashes with the other article's "an additional four engines".
A British fire crew's "appliances" are its fire engines, so "four appliances" counts the same
thing. "One employee" says what "an employee" says and is no figure of its own."""

from __future__ import annotations

from desktop.core.model import FindingKind, MentionType
from tests.factories import compare_texts

_FIRE = (
    "Supermarket fire in Wellington\n\nA fire broke out at the Waitrose supermarket in "
    "Wellington on Sunday morning. Crews at the scene called in an additional {} to fight the "
    "blaze, the fire service said."
)


def _figures(left: str, right: str) -> list[tuple[FindingKind, set[str], set[str]]]:
    report = compare_texts(_FIRE.format(left), _FIRE.format(right), "2013-07-22")
    return [
        (f.kind, {s.text for s in f.left}, {s.text for s in f.right})
        for f in report.findings
        if f.type is MentionType.NUMBER
    ]


def test_six_engines_in_words_clash_with_four() -> None:
    found = _figures("six engines", "four engines")
    assert [(kind, left) for kind, left, _ in found] == [(FindingKind.CONFLICT, {"six"})], found


def test_four_appliances_are_four_fire_engines() -> None:
    found = _figures("six engines", "four appliances")
    assert found == [(FindingKind.CONFLICT, {"six"}, {"four"})], found


def test_one_employee_is_no_figure() -> None:
    found = _figures("one engine", "an engine")
    assert found == [], found
