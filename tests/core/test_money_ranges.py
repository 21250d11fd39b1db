"""A sum given as the range it lies in ("a five-year deal in the $75 million range") is about $75
million, never exactly it, and "range" says how exact the sum is, not what it is of: a deal in
the $75 million range is no clash with an offer in the range of $145 million to $175 million,
and it agrees with the other article's "$72 million" for the same deal."""

from __future__ import annotations

from desktop.core.model import FindingKind, MentionType
from tests.factories import compare_texts

_TITLE = "Red Sox chase Teixeira\n\n"


def _money(left: str, right: str) -> list[tuple[FindingKind, set[str], set[str]]]:
    report = compare_texts(_TITLE + left, _TITLE + right, "2008-12-22")
    return [
        (f.kind, {s.text for s in f.left}, {s.text for s in f.right})
        for f in report.findings
        if f.type is MentionType.MONEY
    ]


def test_two_sums_in_two_ranges_are_no_clash() -> None:
    found = _money(
        "Lowe is believed to be seeking a five-year deal in the $75 million range.",
        "The Red Sox offer was expected to be in the range of $145 million to $175 million.",
    )
    assert not [kind for kind, _, _ in found if kind is FindingKind.CONFLICT], found


def test_a_sum_in_a_range_is_about_that_sum() -> None:
    found = _money(
        "Lowe is believed to be seeking a five-year deal in the $75 million range.",
        "Lowe is believed to be seeking a five-year deal worth $72 million.",
    )
    assert [kind for kind, _, _ in found] == [FindingKind.AGREE], found
