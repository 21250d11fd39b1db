"""Measures told in another unit: "11 million gallons of oil" and "about 42 million litres" are one
spill (a US gallon is 3.785 litres), while "15 million gallons" clashes; "104 degrees Fahrenheit"
is the other article's "40 degrees Celsius". A measure "of" its substance is the whole of it, not
a part of a group (hand-written texts)."""

from __future__ import annotations

from desktop.core.model import FindingKind, Report
from tests.factories import compare_stories, conflict_texts, quoted


def _report(left: str, right: str) -> Report:
    return compare_stories(f"Spill\n\n{left} on Monday.\n", f"Oil spill\n\n{right} on Monday.\n")


def _agreed(report: Report) -> list[tuple[set[str], set[str]]]:
    return quoted([f for f in report.findings if f.kind is FindingKind.AGREE])


def test_gallons_and_litres_of_one_spill_agree() -> None:
    report = _report(
        "The tanker spilled 11 million gallons of oil",
        "The tanker spilled about 42 million litres of oil",
    )
    assert ({"11 million gallons"}, {"about 42 million litres"}) in _agreed(report)
    assert not conflict_texts(report)


def test_another_volume_of_oil_still_clashes() -> None:
    report = _report(
        "The tanker spilled 11 million gallons of oil",
        "The tanker spilled 15 million gallons of oil",
    )
    assert ({"11 million gallons"}, {"15 million gallons"}) in conflict_texts(report)


def test_degrees_fahrenheit_spelled_out_are_the_heat_in_celsius() -> None:
    report = _report(
        "Temperatures hit 40 degrees Celsius", "Temperatures reached 104 degrees Fahrenheit"
    )
    assert ({"40 degrees Celsius"}, {"104 degrees Fahrenheit"}) in _agreed(report)
