"""The paraphrase wall bench: a gold line is counted where its two sentences' score puts it, and a
quote is looked up in the sentence that holds its start."""

from __future__ import annotations

import pytest

from bench.paraphrase_wall import Row, _sentence_at, print_wall
from tests.sentence_starts import sentences_starting_at


def _row(kind: str, score: float, found: bool) -> Row:
    return Row("P1", kind, found, 0, 0, score, score, score, 0.5, 0, "left", "right")


def test_lines_are_counted_under_each_bar_with_the_missed_ones(
    capsys: pytest.CaptureFixture[str],
) -> None:
    rows = [
        _row("agree", 0.1, found=False),  # not aligned, missed
        _row("agree", 0.35, found=True),  # aligned, claims not compared
        _row("agree", 0.7, found=True),
        _row("conflict", 0.4, found=False),
    ]
    print_wall(rows)
    out = capsys.readouterr().out
    assert "agree: 3 lines, 1 missed; under 0.3: 1 (1 missed); under 0.45: 2 (1 missed)" in out
    assert "conflict: 1 lines, 1 missed; under 0.3: 0 (0 missed); under 0.45: 1 (1 missed)" in out


def test_a_quote_belongs_to_the_sentence_holding_its_start() -> None:
    analysis = sentences_starting_at(0, 40, 90)
    assert _sentence_at(analysis, 0) == 0
    assert _sentence_at(analysis, 39) == 0
    assert _sentence_at(analysis, 40) == 1
    assert _sentence_at(analysis, 200) == 2
