"""Similarities that come out the same on every machine: sums of vectors and cosines made in
double precision and rounded to ``SIMILARITY_DECIMALS`` places, ranked with ties to the earlier
sentence.

A float32 matrix product's last bits depend on the BLAS kernel the CPU picks (AVX-512, AVX2, ...)
and on how its threads split the work. Forcing another laptop's kernel on the dev machine
(``OPENBLAS_CORETYPE=Haswell``) moved a statement agreement's confidence from 0.938 to 0.937 on
tune ECB+ pair 8_1/8_2, and a cosine lying on a threshold or between two partners would flip a
verdict the same way: a journalist and an editor would see different findings for one pair. So
every product of the engine's vectors is made here, and only here:

* sums are taken in float64: a product of two float32 numbers is exact there, so the order of the
  sum (thread split, SIMD width) moves only the last of 53 bits, about 1e-16;
* a similarity is then rounded to ``SIMILARITY_DECIMALS`` places, which that noise cannot cross
  but by a chance of about 1e-11 per value, so thresholds and rankings see the same number on
  every machine;
* equal similarities rank by position (``highest_columns``), never by a sort's own choice, which
  differs between numpy's SIMD sorts and its plain one.
"""

from __future__ import annotations

import numpy as np

# Places a similarity keeps before anything compares or ranks it: far above float64's summation
# noise (~1e-16), far below any threshold's step (two decimals, docs/findings-index.md) and below
# the 6.6e-7 float32 noise seen between BLAS kernels, so no verdict rests on that noise.
SIMILARITY_DECIMALS = 5

# Products of at most this many multiplications run in numpy's own loops: a BLAS call of this size
# wakes BLAS threads whose spinning afterwards costs more than the product (commit a7034cf3).
# Larger ones (the word bags of two long articles) go to BLAS, where float64 is ~8x faster.
_SMALL_PRODUCT = 600_000


def similarities(rows: np.ndarray, others: np.ndarray) -> np.ndarray:
    """Every row of ``rows`` (m, d) against every row of ``others`` (n, d): the dot products,
    (m, n) float32, rounded to ``SIMILARITY_DECIMALS`` places. Of unit vectors, the cosines."""
    a = np.asarray(rows, dtype=np.float64)
    b = np.asarray(others, dtype=np.float64)
    if a.shape[0] * b.shape[0] * a.shape[1] <= _SMALL_PRODUCT:
        product = np.einsum("cd,sd->cs", a, b, optimize=False)
    else:
        product = a @ b.T
    return np.round(product, SIMILARITY_DECIMALS).astype(np.float32)


def sparse_similarities(
    rows: np.ndarray,
    row_cells: tuple[np.ndarray, np.ndarray],
    others: np.ndarray,
    other_cells: tuple[np.ndarray, np.ndarray],
) -> np.ndarray:
    """``similarities(rows, others)`` of two mostly-zero matrices (word bags), given the
    (row, column) cells that hold every non-zero value, each cell once.

    Only cells that share a column are multiplied: on two 15,000-word articles some 100,000
    products instead of the 2.5 billion of the whole (871 x 3,337) by (848 x 3,337) product, whose
    BLAS call took 0.11 s of CPU. Each product is the same exact float64 number, and each pair's
    products are summed in column order, as a dot product sums them, then rounded the same way.
    """
    row_of, column_of = row_cells
    other_row_of, other_column_of = other_cells
    values = rows[row_of, column_of].astype(np.float64)
    other_values = others[other_row_of, other_column_of].astype(np.float64)
    # Each cell of ``rows`` with every cell of ``others`` in its column, in ``row_cells`` order.
    by_column = np.argsort(other_column_of, kind="stable")
    per_column = np.bincount(other_column_of, minlength=rows.shape[1])
    first = np.cumsum(per_column) - per_column
    repeats = per_column[column_of]
    at = np.repeat(np.arange(column_of.size), repeats)
    within = np.arange(at.size) - np.repeat(np.cumsum(repeats) - repeats, repeats)
    other_at = by_column[np.repeat(first[column_of], repeats) + within]
    width = others.shape[0]
    product = np.bincount(
        row_of[at] * width + other_row_of[other_at],
        weights=values[at] * other_values[other_at],
        minlength=rows.shape[0] * width,
    ).reshape(rows.shape[0], width)
    return np.round(product, SIMILARITY_DECIMALS).astype(np.float32)


def similarity(vector: np.ndarray, other: np.ndarray) -> float:
    """The dot product of two vectors, rounded as ``similarities`` rounds it (a Python float of
    the rounded decimal, so a value that rounds to a threshold reaches it)."""
    product = float(np.dot(np.asarray(vector, np.float64), np.asarray(other, np.float64)))
    return round(product, SIMILARITY_DECIMALS)


def weighted_sum(weights: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """``weights @ rows`` summed in float64 (a sentence's vector from its word pieces' rows)."""
    return np.asarray(weights, dtype=np.float64) @ np.asarray(rows, dtype=np.float64)


def unit_rows(matrix: np.ndarray) -> np.ndarray:
    """Each row divided by its length, in float64, then stored as float32; an all-zero row stays
    zero. The division and the one rounding to float32 give the same bits on every machine."""
    wide = np.asarray(matrix, dtype=np.float64)
    norms = np.sqrt(np.add.reduce(wide * wide, axis=-1, keepdims=True))
    return (wide / np.maximum(norms, 1e-9)).astype(np.float32)


def highest_columns(scores: np.ndarray, k: int) -> np.ndarray:
    """The columns of each row's ``k`` highest scores; of equal scores, the earlier columns.

    Only which columns matters, not their order, so a partition finds them without sorting whole
    rows; a row whose k-th score ties the next one (or holds a NaN) is sorted stably."""
    negated = -scores
    if k >= negated.shape[1]:
        return np.argsort(negated, axis=1, kind="stable")[:, :k]
    parted = np.argpartition(negated, k, axis=1)
    top = parted[:, :k]
    next_best = np.take_along_axis(negated, parted[:, k : k + 1], axis=1)
    worst_kept = np.take_along_axis(negated, top, axis=1).max(axis=1, keepdims=True)
    tied = ~(worst_kept < next_best)[:, 0]
    if tied.any():
        top[tied] = np.argsort(negated[tied], axis=1, kind="stable")[:, :k]
    return top
