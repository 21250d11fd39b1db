"""A journalist and an editor opening one pair on two laptops see the same verdicts: the cosines
the engine compares with thresholds and ranks do not hang on the CPU's BLAS kernel, its threads
or the order of a sum (desktop/core/alignment/similarity.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from desktop.core.alignment.similarity import (
    SIMILARITY_DECIMALS,
    highest_columns,
    similarities,
    similarity,
    sparse_similarities,
    unit_rows,
    weighted_sum,
)

SENTENCES = [
    "The ferry sank off the coast on Sunday with 40 people aboard.",
    "Rescuers pulled 31 survivors from the water before nightfall.",
    "The coach had been dismissed last week after a losing season.",
    "He was fired a week ago, the club said in a statement.",
    "Police later caught the suspect near the train station.",
    "He was arrested nearby and charged with two counts of robbery.",
    "The storm knocked out power to thousands of homes overnight.",
    "Thousands of households lost electricity in the storm.",
    "The museum reopened after a two-year renovation.",
    "Tickets for the final went on sale on Monday morning.",
    "A judge sentenced the former mayor to six years in prison.",
    "The mayor was jailed for six years for taking bribes.",
]


def _unit(vector: list[float]) -> np.ndarray:
    array = np.array(vector, dtype=np.float64)
    return array / np.linalg.norm(array)


def test_two_partners_a_cpus_float_noise_apart_rank_by_position() -> None:
    # The later partner is closer only in the seventh decimal, the size of the difference between
    # two BLAS kernels: on every machine the two are equally close, and the earlier one ranks
    # first.
    sentence = np.array([[1.0, 0.0]], dtype=np.float32)
    earlier = _unit([0.700002, np.sqrt(1 - 0.700002**2)])
    later = _unit([0.7000023, np.sqrt(1 - 0.7000023**2)])
    partners = np.array([earlier, later], dtype=np.float32)
    assert float((sentence @ partners.T)[0, 1]) > float((sentence @ partners.T)[0, 0])
    scores = similarities(sentence, partners)
    assert scores[0, 0] == scores[0, 1]
    assert highest_columns(scores, 1).tolist() == [[0]]


def test_two_partners_a_real_step_apart_rank_by_closeness() -> None:
    # The twin: one step of the kept precision is a real difference, and the closer partner wins.
    sentence = np.array([[1.0, 0.0]], dtype=np.float32)
    step = 10.0**-SIMILARITY_DECIMALS
    earlier = _unit([0.7, np.sqrt(1 - 0.7**2)])
    later = _unit([0.7 + 3 * step, np.sqrt(1 - (0.7 + 3 * step) ** 2)])
    scores = similarities(sentence, np.array([earlier, later], dtype=np.float32))
    assert scores[0, 1] > scores[0, 0]
    assert highest_columns(scores, 1).tolist() == [[1]]


def test_equal_scores_keep_the_earliest_sentences_not_the_sorts_choice() -> None:
    # Three sentences tie for closest among many: the two kept are the first two, where an
    # unstable sort would keep whichever its pivots left first (numpy's SIMD sorts choose
    # differently from its plain one, so another CPU would keep another pair).
    rng = np.random.default_rng(1)
    row = np.round(rng.random(40) * 0.8, 1).astype(np.float32)
    row[[17, 25, 30]] = 0.95
    assert sorted(highest_columns(row[None, :], 2)[0].tolist()) == [17, 25]
    assert sorted(highest_columns(row[None, :], 3)[0].tolist()) == [17, 25, 30]


def test_the_order_of_a_sum_does_not_change_a_vector_or_a_cosine() -> None:
    rng = np.random.default_rng(7)
    scales = rng.random(40, dtype=np.float32)
    rows = rng.integers(-127, 128, size=(40, 256)).astype(np.int8)
    forward = unit_rows(weighted_sum(scales, rows))
    backward = unit_rows(weighted_sum(scales[::-1], rows[::-1]))
    assert forward.tobytes() == backward.tobytes()

    vectors = unit_rows(rng.standard_normal((30, 256)))
    shuffled = rng.permutation(256)  # the same dot products, summed in another order
    assert (
        similarities(vectors, vectors).tobytes()
        == similarities(vectors[:, shuffled], vectors[:, shuffled]).tobytes()
    )
    assert similarity(vectors[0], vectors[1]) == similarity(
        vectors[0, shuffled], vectors[1, shuffled]
    )


def test_word_bags_multiplied_cell_by_cell_give_the_whole_products_bits() -> None:
    # Two long articles' sentence word bags are nearly all zeros: multiplying only the cells that
    # share a word must give the very scores of the whole product, a sentence without a word
    # included (its row all zero), or the alignment of a long pair would move.
    rng = np.random.default_rng(11)
    for _ in range(50):
        bags = []
        for height in (int(rng.integers(1, 25)), int(rng.integers(1, 25))):
            counts = rng.integers(0, 3, size=(height, 40)) * (rng.random((height, 40)) < 0.15)
            counts[0] = 0  # a sentence with no content word
            bags.append(unit_rows(counts * rng.random(40)))
        cells = [_cells(bag) for bag in bags]
        assert (
            sparse_similarities(bags[0], cells[0], bags[1], cells[1]).tobytes()
            == similarities(bags[0], bags[1]).tobytes()
        )
    # A cell left out is a product left out: the scores must then differ.
    bag = unit_rows(np.eye(3, 5) + np.eye(3, 5, 1))
    rows, columns = _cells(bag)
    assert not np.array_equal(
        sparse_similarities(bag, (rows[1:], columns[1:]), bag, (rows, columns)),
        similarities(bag, bag),
    )


def _cells(bag: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The (row, column) cells holding a non-zero value, row by row, as a word bag lists them."""
    rows, columns = np.nonzero(bag)
    return rows, columns


_PRINT_COSINES = """
from desktop.core.alignment.embed import default_table
from desktop.core.alignment.similarity import similarities
import sys
table = default_table()
texts = sys.stdin.read().splitlines()
vectors = table.sentence_vectors(texts)
print(similarities(vectors, vectors).tobytes().hex() + table.text_vector(" ".join(texts)).tobytes().hex())
"""


def _cosines_under(environment: dict[str, str]) -> str:
    done = subprocess.run(
        [sys.executable, "-c", _PRINT_COSINES],
        input="\n".join(SENTENCES),
        capture_output=True,
        text=True,
        env={**os.environ, **environment},
        cwd=Path(__file__).resolve().parents[2],
        check=True,
    )
    return done.stdout


@pytest.mark.skipif(
    "openblas" not in str(np.show_config(mode="dicts")).lower(),
    reason="the kernels are forced through OpenBLAS's own switch",
)
def test_sentence_cosines_are_the_same_bits_under_another_cpus_kernel_and_thread_count() -> None:
    # OPENBLAS_CORETYPE makes OpenBLAS use the kernel it would pick on an older laptop's CPU:
    # float32 products under those kernels differ in the seventh decimal (up to 6.6e-7 on tune
    # ECB+ sentences), the engine's similarities must not.
    here = _cosines_under({"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1"})
    assert here
    for environment in (
        {"OPENBLAS_NUM_THREADS": "2", "OMP_NUM_THREADS": "2"},
        {"OPENBLAS_CORETYPE": "Sandybridge"},
        {"OPENBLAS_CORETYPE": "Prescott"},
    ):
        assert _cosines_under(environment) == here, environment
