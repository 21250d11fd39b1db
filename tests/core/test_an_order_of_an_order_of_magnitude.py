"""One article says the update will reach "hundreds of millions of computers", the other "400
million computers": the first word counts millions, so the two agree. The figure used to read
as "hundreds" with its millions lost, so both were marked as told by one article only, "tens of
millions" clashed with 20 million, and a count of 300 computers agreed with it. Now 300 is not
told by it, and "tens of millions" clashes with 5 million."""

from __future__ import annotations

import pytest

from tests.factories import compare_stories, conflict_texts, yellow

_LEFT = "The update will reach {} computers, Microsoft said on Tuesday."
_RIGHT = "Microsoft said on Tuesday the update will reach {} computers."


@pytest.mark.parametrize(
    ("words", "figure"),
    [("hundreds of millions of", "400 million"), ("tens of millions of", "20 million")],
)
def test_hundreds_of_millions_agree_with_a_figure_of_that_many_millions(
    words: str, figure: str
) -> None:
    report = compare_stories(_LEFT.format(words), _RIGHT.format(figure))
    assert not conflict_texts(report), conflict_texts(report)
    assert figure not in yellow(report), yellow(report)


def test_hundreds_of_millions_do_not_agree_with_a_count_of_hundreds() -> None:
    report = compare_stories(_LEFT.format("hundreds of millions of"), _RIGHT.format("300"))
    assert "300" in yellow(report) + [
        text for _, right in conflict_texts(report) for text in right
    ], report.findings


def test_tens_of_millions_clash_with_five_million() -> None:
    report = compare_stories(_LEFT.format("tens of millions of"), _RIGHT.format("5 million"))
    assert ({"tens of millions"}, {"5 million"}) in conflict_texts(report), conflict_texts(report)


def test_tens_of_thousands_still_agree_with_a_crowd_of_thirty_thousand() -> None:
    report = compare_stories(
        "Tens of thousands of union members rallied in Athens on Tuesday.",
        "Some 30,000 union members rallied in Athens on Tuesday.",
    )
    assert not conflict_texts(report), conflict_texts(report)
