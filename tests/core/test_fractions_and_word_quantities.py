"""Fractions and words of an order of magnitude are compared at the precision both give: "half
of the 300 homes" is not "200 of the 300 homes"; "tens of thousands" (20,000 up) and "as many as
20,000" meet only at an edge, two sizes never corroborated; a vague word covers the exact figure
inside its range, and a hedged share leaves room."""

from __future__ import annotations

from desktop.core.model import FindingKind
from tests.factories import compare_texts

_TITLE = "Floods hit villages\n\n"


def _findings(left: str, right: str) -> list[tuple[FindingKind, set[str], set[str]]]:
    report = compare_texts(_TITLE + left, _TITLE + right, "2024-05-13")
    return [(f.kind, {s.text for s in f.left}, {s.text for s in f.right}) for f in report.findings]


def _conflicts(left: str, right: str) -> list[tuple[set[str], set[str]]]:
    return [(a, b) for k, a, b in _findings(left, right) if k is FindingKind.CONFLICT]


_HOMES = "Floods destroyed {} of the 300 homes in the village of Rampur on Sunday, officials said."
_FLED = "{} people fled their homes across the state on Sunday, officials said."


def test_half_of_the_300_homes_against_200_of_them_is_a_conflict() -> None:
    found = _conflicts(_HOMES.format("half"), _HOMES.format("200"))
    assert found == [({"half"}, {"200"})], found


def test_half_of_the_300_homes_holds_150_of_them() -> None:
    assert not _conflicts(_HOMES.format("half"), _HOMES.format("150"))


def test_about_half_leaves_room_for_a_count() -> None:
    assert not _conflicts(_HOMES.format("about half"), _HOMES.format("170"))


def test_tens_of_thousands_against_as_many_as_20000_is_two_sizes() -> None:
    found = _conflicts(_FLED.format("Tens of thousands of"), _FLED.format("As many as 20,000"))
    assert found == [({"Tens of thousands"}, {"As many as 20,000"})], found


def test_tens_of_thousands_covers_about_50000() -> None:
    found = _findings(_FLED.format("Tens of thousands of"), _FLED.format("About 50,000"))
    assert not [f for f in found if f[0] is FindingKind.CONFLICT], found
    assert (FindingKind.AGREE, {"Tens of thousands"}, {"About 50,000"}) in found, found


def test_dozens_covers_the_two_dozen_at_its_edge() -> None:
    assert not _conflicts(_FLED.format("Dozens of"), _FLED.format("Twenty-four"))
