"""A body named by its first word and its kind ("the Marfin Investment Bank" / "the Marfin
bank") is named at a coarser precision, not left out."""

from __future__ import annotations

from tests.factories import compare_texts, yellow

LEFT = (
    "Three die in bank fire\n\nA petrol bomb hurled at a branch of the Marfin Investment Bank "
    "killed two women and a man in Athens on Wednesday."
)
RIGHT = (
    "Three die in bank fire\n\nTwo women and a man died in Athens on Wednesday at a branch of "
    "the {bank} which caught fire after rioters threw petrol bombs inside."
)


def test_a_bank_named_by_its_first_word_and_kind_is_told() -> None:
    report = compare_texts(LEFT, RIGHT.format(bank="Marfin bank"), "2010-05-05")
    assert "Marfin Investment Bank" not in yellow(report), yellow(report)


def test_a_bank_named_by_its_city_is_not_that_bank() -> None:
    report = compare_texts(LEFT, RIGHT.format(bank="Athens bank"), "2010-05-05")
    assert "Marfin Investment Bank" in yellow(report), yellow(report)
