"""A word of an order of magnitude told against a figure: "Thousands of farmers" is what news copy
writes of a crowd another article counts at 40,000, so the two agree as two precisions of one
count; a figure below the word's order ("1,500") or at the next order ("150,000", "hundreds of
thousands") is no such reading."""

from __future__ import annotations

from desktop.core.model import FindingKind, MentionType
from tests.factories import compare_texts

LEFT = "Thousands of farmers marched through Paris on Monday to protest the new tax."
RIGHT = "A crowd of {} farmers marched through Paris on Monday to protest the new tax."


def _number_kinds(right: str) -> set[FindingKind]:
    report = compare_texts(LEFT, RIGHT.format(right))
    return {f.kind for f in report.findings if f.type is MentionType.NUMBER and not f.is_statement}


def test_thousands_of_farmers_agrees_with_a_crowd_of_forty_thousand() -> None:
    assert _number_kinds("40,000") == {FindingKind.AGREE}


def test_thousands_of_farmers_still_agrees_with_four_thousand() -> None:
    assert _number_kinds("4,000") == {FindingKind.AGREE}


def test_a_hundred_and_fifty_thousand_is_no_reading_of_thousands() -> None:
    assert FindingKind.AGREE not in _number_kinds("150,000")


def test_fifteen_hundred_is_no_reading_of_thousands() -> None:
    assert FindingKind.AGREE not in _number_kinds("1,500")


def test_millions_of_viewers_agrees_with_forty_million() -> None:
    report = compare_texts(
        "Millions of viewers watched the final on Sunday night.",
        "Some 40 million viewers watched the final on Sunday night.",
    )
    kinds = {f.kind for f in report.findings if f.type is MentionType.NUMBER}
    assert FindingKind.CONFLICT not in kinds and FindingKind.AGREE in kinds, report.findings


def test_thousands_of_workers_does_not_conflict_with_tens_of_thousands() -> None:
    report = compare_texts(
        "Thousands of workers marched through Athens on Tuesday against the cuts.",
        "Tens of thousands of workers marched through Athens on Tuesday against the cuts.",
    )
    assert not [f for f in report.findings if f.kind is FindingKind.CONFLICT], report.findings


def test_hundreds_of_workers_still_conflicts_with_thousands() -> None:
    report = compare_texts(
        "Hundreds of workers marched through Athens on Tuesday against the cuts.",
        "Thousands of workers marched through Athens on Tuesday against the cuts.",
    )
    assert [f for f in report.findings if f.kind is FindingKind.CONFLICT], report.findings
