"""The oracle alignment bench: the wrapped score matrix lifts only the gold sentence pairs it is
given, never lowers a score, leaves the matrix as shipped when given none, and is undone."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

import desktop.core.alignment.align as align_module
from bench.oracle_alignment import Hook, _sentences_over, install
from desktop.core.model import TextRange
from tests.sentence_starts import sentences_starting_at


def _shipped(left: Any, right: Any, links: dict[str, str]) -> np.ndarray:
    return np.array([[0.1, 0.8], [0.2, 0.3]])


def test_no_gold_pairs_leave_the_shipped_scores(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(align_module, "score_matrix", _shipped)
    hook = Hook()
    undo = install(hook)
    scores = align_module.score_matrix(None, None, {})  # type: ignore[arg-type]
    undo()
    assert np.array_equal(scores, _shipped(None, None, {}))
    assert hook.lifted == 0
    assert align_module.score_matrix is _shipped


def test_only_gold_pairs_are_lifted_and_none_lowered(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(align_module, "score_matrix", _shipped)
    hook = Hook(cells=frozenset({(0, 0), (0, 1)}), value=0.5)
    undo = install(hook)
    scores = align_module.score_matrix(None, None, {})  # type: ignore[arg-type]
    undo()
    assert scores.tolist() == [[0.5, 0.8], [0.2, 0.3]]
    assert hook.lifted == 1  # 0.8 was already above the value


def test_a_quote_over_a_sentence_end_takes_both_sentences() -> None:
    analysis = sentences_starting_at(0, 10, 20)
    assert _sentences_over(analysis, TextRange(12, 18)) == [1]
    assert _sentences_over(analysis, TextRange(5, 15)) == [0, 1]
    assert _sentences_over(analysis, TextRange(10, 20)) == [1]
