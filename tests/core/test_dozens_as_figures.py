"""Counts written with "dozen" and "half" are read whole: "half a dozen homes" is six homes and
"two dozen" is 24, so an article saying six or 24 agrees (hand-written texts)."""

from __future__ import annotations

from desktop.core.compare import compare_documents
from desktop.core.figures.numbers.values import parse_number
from desktop.core.model import Document, FindingKind


def test_dozens_and_halves_are_multiplied_not_added() -> None:
    for words, value in (
        ("half a dozen", 6),
        ("two dozen", 24),
        ("half a million", 500_000),
        ("one and a half million", 1_500_000),
    ):
        number = parse_number(words)
        assert number is not None and number.low == number.high == value, words


def test_half_a_dozen_homes_agrees_with_six_homes() -> None:
    report = compare_documents(
        Document(
            source="left.txt",
            text="Fire\n\nHalf a dozen homes were destroyed by the fire on Monday.",
        ),
        Document(source="right.txt", text="Fire\n\nThe fire on Monday destroyed six homes."),
    )
    assert not any(f.kind is FindingKind.CONFLICT for f in report.findings)
