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

Two kinds of pair are left to the engine's own passes, unread. The reader reads wording, not
figures: "inside the shop for less than four minutes" / "the raid lasted more than four minutes"
read alike to it; two sentences that both give figures of one kind (two dates, two counts, two
lengths of time) with none of that kind in common hold a fact to compare (a figure only one of
them gives, or of another kind, is common in a retelling and does not count: requiring the same
figures on both sides kept 0 of fresh-read's 7 new agreements). And a
sentence whose words all stand in the other ("They all looked out for each other." inside "...
after the owner sold the farm in 2019") is a copy the contained-copy pass pairs and whose extra
words it marks; read as one statement, that mark would be lost.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

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
from desktop.core.extraction.extract import Analysis
from desktop.core.extraction.facts import Fact

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
    scores: np.ndarray,
    left: Sequence[str],
    right: Sequence[str],
    reader: PairReader,
    figures: tuple[Sequence[frozenset[str]], Sequence[frozenset[str]]] | None = None,
    words: tuple[Sequence[frozenset[str]], Sequence[frozenset[str]]] | None = None,
    allowed: Callable[[int, int], bool] | None = None,
) -> np.ndarray:
    """``scores`` with the pairs the reader reads as one statement raised to ``READER_LIFT``;
    ``figures``: each sentence's figures and dates by kind (``sentence_figures``; a pair giving
    one kind on both sides, none of it in common, is unread); ``words``: each sentence's content words (a pair one of whose sentences stands
    whole in the other is unread); ``allowed``: whether a pair (left, right) may be read at all
    (``reader_guard``: two sentences that can tell one deed)."""
    longest = max(len(left), len(right))
    if longest > READER_MAX_SENTENCES:
        log.info(
            "Sentence-pair reader skipped: an article has %d sentences (more than %d), too long "
            "to read in time; aligned by today's score alone.",
            longest,
            READER_MAX_SENTENCES,
        )
        return scores
    cells = readable(candidates(scores), figures, words, allowed)
    if not cells:
        return scores
    p = reader.probabilities([(left[i], right[j]) for i, j in cells])
    out = scores.copy()
    for (i, j), probability in zip(cells, p, strict=True):
        if probability >= READER_PROBABILITY:
            out[i, j] = max(out[i, j], np.float32(READER_LIFT))
    return out


def readable(
    cells: list[tuple[int, int]],
    figures: tuple[Sequence[frozenset[str]], Sequence[frozenset[str]]] | None = None,
    words: tuple[Sequence[frozenset[str]], Sequence[frozenset[str]]] | None = None,
    allowed: Callable[[int, int], bool] | None = None,
) -> list[tuple[int, int]]:
    """The ``cells`` the reader may read: no figure clash, no contained copy, ``allowed``."""
    if figures is not None:
        cells = [(i, j) for i, j in cells if not _figures_differ(figures[0][i], figures[1][j])]
    if words is not None:
        cells = [(i, j) for i, j in cells if not _contained(words[0][i], words[1][j])]
    if allowed is not None:
        cells = [(i, j) for i, j in cells if allowed(i, j)]
    return cells


def sentence_figures(analysis: Analysis) -> list[frozenset[str]]:
    """Per sentence, the figures and dates it gives, each as its kind and value ("date 2019",
    "duration <=4 minutes", "usd >=160000000 USD", "count 30"): see ``figure_kind``."""
    out: list[set[str]] = [set() for _ in analysis.sentences]
    for fact in analysis.facts:
        if not fact.weak and (fact.number is not None or fact.date is not None):
            out[fact.sentence].add(f"{_kind(fact)}{KIND_MARK}{fact.value or fact.text.lower()}")
    return [frozenset(values) for values in out]


# Between a figure's kind and its value in ``sentence_figures``' strings.
KIND_MARK = "\x1f"


def _kind(fact: Fact) -> str:
    """What a figure measures: a date, or a number's dimension ("duration", "usd", "length"),
    "count" for a bare number."""
    if fact.date is not None:
        return "date"
    assert fact.number is not None
    return fact.number.dimension or "count"


def _figures_differ(mine: frozenset[str], theirs: frozenset[str]) -> bool:
    """Figures of one kind on both sides (two dates, two counts, two sums of money), and none of
    that kind in common. A date on one side and a count on the other is no clash, and a figure
    both give anchors the retelling (stop 53: "not the same figures" left unread every
    retelling that gives one figure more than the other)."""
    kinds: dict[str, tuple[set[str], set[str]]] = {}
    for side, figures in enumerate((mine, theirs)):
        for figure in figures:
            kind, _, value = figure.partition(KIND_MARK)
            kinds.setdefault(kind, (set(), set()))[side].add(value)
    return any(a and b and not a & b for a, b in kinds.values())


def _contained(mine: frozenset[str], theirs: frozenset[str]) -> bool:
    return bool(mine) and bool(theirs) and (mine <= theirs or theirs <= mine)
