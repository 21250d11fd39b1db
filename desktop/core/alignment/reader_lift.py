"""Raise the score of sentence pairs the pair reader reads as one statement told twice.

Today's score (``align.score_matrix``) leaves many retold sentences loosely related: "The coach
was fired a week ago." / "The coach had been dismissed last week." share a name and little else.
The reader (``pair_reader``) reads both sentences together. It is slow (a transformer, tens of
pairs a second in numpy), so it reads only the pairs where it can change something: each
sentence's best partner by today's score inside ``READER_BAND`` (a pair already aligned needs no
reader, a pair far under rarely tells one statement), at most ``READER_MAX_PAIRS`` a comparison,
the highest scoring first, and none at all when an article is longer than
``READER_MAX_SENTENCES`` sentences. A pair it gives ``READER_PROBABILITY`` or more scores at least
``READER_LIFT``: an agreement of statements, under the score at which claims are compared.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

import numpy as np

from desktop.core.alignment.pair_reader import PairReader
from desktop.core.alignment.reader_tuning import (
    READER_BAND,
    READER_LIFT,
    READER_MAX_PAIRS,
    READER_MAX_SENTENCES,
    READER_PARTNERS,
    READER_PROBABILITY,
)

log = logging.getLogger(__name__)


def candidates(scores: np.ndarray, partners: int = READER_PARTNERS) -> list[tuple[int, int]]:
    """The cells the reader reads: each sentence's best ``partners`` partners (either side) in
    the band, each once, at most ``READER_MAX_PAIRS`` of them, the highest score first (ties to
    the earlier left sentence, then the earlier right one)."""
    low, high = READER_BAND
    band = (scores >= low) & (scores < high)
    if not band.any():
        return []
    masked = np.where(band, scores, -1.0)
    chosen = np.zeros(scores.shape, dtype=bool)
    for axis in (0, 1):
        k = min(partners, scores.shape[axis])
        # stable: of equal scores the earlier sentence is the partner, on every machine
        best = np.argsort(-masked, axis=axis, kind="stable").take(range(k), axis=axis)
        np.put_along_axis(chosen, best, True, axis=axis)
    rows, columns = np.nonzero(chosen & band)
    order = np.argsort(-scores[rows, columns], kind="stable")[:READER_MAX_PAIRS]
    return [(int(rows[n]), int(columns[n])) for n in order]


def lifted(
    scores: np.ndarray, left: Sequence[str], right: Sequence[str], reader: PairReader
) -> np.ndarray:
    """``scores`` with the pairs the reader reads as one statement raised to ``READER_LIFT``."""
    longest = max(len(left), len(right))
    if longest > READER_MAX_SENTENCES:
        log.info(
            "Sentence-pair reader skipped: an article has %d sentences (more than %d), too long "
            "to read in time; aligned by today's score alone.",
            longest,
            READER_MAX_SENTENCES,
        )
        return scores
    cells = candidates(scores)
    if not cells:
        return scores
    p = reader.probabilities([(left[i], right[j]) for i, j in cells])
    out = scores.copy()
    for (i, j), probability in zip(cells, p, strict=True):
        if probability >= READER_PROBABILITY:
            out[i, j] = max(out[i, j], np.float32(READER_LIFT))
    return out
