"""Pounds a thing is worth or valued at ("jewels worth an estimated 38 million pounds", "a
house valued at 2 million pounds") are sterling, which the tagger takes for a weight: they agree
with "£38 million". Pounds a thing weighs stay a weight."""

from __future__ import annotations

from tests.factories import compare_texts, yellow

_LEFT = (
    "Thieves broke into a country museum on Sunday night. The museum put the value of the "
    "stolen paintings at about £38 million."
)


def test_paintings_worth_38_million_pounds_are_worth_38_million_sterling() -> None:
    report = compare_texts(
        _LEFT,
        "Three men stole four paintings worth an estimated 38 million pounds from a country "
        "museum on Sunday night.",
    )
    assert "about £38 million" not in yellow(report)
    assert "38 million pounds" not in yellow(report)


def test_jewels_worth_38_million_pounds_after_a_comma_are_sterling() -> None:
    # Here the model tags the whole "an estimated 38 million pounds", as a weight.
    report = compare_texts(
        _LEFT,
        "Thieves stole paintings from a country museum on Sunday night, worth an estimated 38 "
        "million pounds.",
    )
    assert "about £38 million" not in yellow(report)
    assert "38 million pounds" not in yellow(report)


def test_a_cargo_that_weighed_38_million_pounds_is_no_sum() -> None:
    report = compare_texts(
        _LEFT,
        "Three men stole four paintings from a country museum on Sunday night. The ship that "
        "sank off the coast weighed 38 million pounds.",
    )
    assert "about £38 million" in yellow(report)
