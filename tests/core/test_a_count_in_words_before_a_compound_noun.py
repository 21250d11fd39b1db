"""A number word counting a noun with a kind before it ("Forty fire engines") is a count, though
the model tags it a date (a decade's word): it agrees with the same count in digits and conflicts
with another. A span of time ("forty years") stays a span of time."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts, yellow


def test_forty_fire_engines_are_40_fire_engines() -> None:
    report = compare_texts(
        "About 200 firefighters and 40 fire engines were sent to the warehouse blaze.",
        "Forty fire engines and about 200 firefighters were sent to the warehouse blaze.",
    )
    assert conflict_texts(report) == []
    assert yellow(report) == []


def test_forty_fire_engines_are_not_thirty() -> None:
    report = compare_texts(
        "Forty fire engines were sent to the warehouse blaze.",
        "Thirty fire engines were sent to the warehouse blaze.",
    )
    assert conflict_texts(report) == [({"Forty"}, {"Thirty"})]
