"""bench.meaning_labels: sentence vectors must be the engine's row sums, the trainer must learn a
pairing the labels ask for, and the best-partner count must read rows and columns."""

from __future__ import annotations

import numpy as np

from bench.meaning_cache import main as cache_main
from bench.meaning_labels import Labelled, Meaning, Settings, best_partner, sums, train


def test_sentence_sums_are_row_sums_and_empty_sentences_zero() -> None:
    table = np.array([[1.0, 0.0], [0.0, 2.0], [3.0, 3.0]])
    rows = np.array([0, 1, 2, 2], dtype=np.int32)
    starts = np.array([0, 2, 2, 4])  # the second sentence has no known piece
    out = sums(rows, starts, table)
    assert out.tolist() == [[1.0, 2.0], [0.0, 0.0], [6.0, 6.0]]


def _side(sentences: list[list[int]]) -> tuple[np.ndarray, np.ndarray]:
    rows = np.array([r for s in sentences for r in s], dtype=np.int32)
    starts = np.concatenate([[0], np.cumsum([len(s) for s in sentences])]).astype(np.int64)
    return rows, starts


def test_a_trained_map_pulls_labelled_pairs_together() -> None:
    # Rows 0 and 1 point apart but the labels say their sentences tell one thing; rows 2 and 3
    # point apart and the labels say they differ. Only the first pairing should close up.
    rng = np.random.default_rng(1)
    table = np.eye(4) + 0.05 * rng.normal(size=(4, 4))
    a = _side([[0], [2]] * 64)
    b = _side([[1], [3]] * 64)
    y = np.array([True, False] * 64)
    before = Meaning(table)
    after = train(Labelled(a, b, y), table, Settings(epochs=30, rate=1e-2, decay=0.0, in_batch=0))

    def cosine(meaning: Meaning, left: int, right: int) -> float:
        one = meaning.vectors(*_side([[left]]))
        two = meaning.vectors(*_side([[right]]))
        return float((one * two).sum())

    assert cosine(after, 0, 1) > cosine(before, 0, 1) + 0.3
    assert cosine(after, 2, 3) < cosine(after, 0, 1) - 0.3


def test_best_partner_reads_rows_and_columns() -> None:
    values = np.array([[0.9, 0.1], [0.8, 0.2]])
    label = np.array([[False, True], [False, True]])
    # (1, 1) is not its row's best (0.8 is) but is its column's: counted. (0, 1) is neither
    # its row's best (0.9) nor its column's (0.2): not counted.
    assert best_partner(values, label) == 1


def test_cache_refuses_the_judge_group() -> None:
    assert cache_main(["--group", "fresh-judge"]) == 2
