"""The sentences one article tells (each with its partner sentence of the other), looked up by
where a quoted piece stands.

``sourcing`` asks, for every piece of every quote only one article prints, which told sentences
hold the piece or meet it: some 300 told sentences a side, asked about by some 300 quotes, made
one Python comparison per sentence and piece (a hundred thousand per long pair). The sentences'
ends stand in two arrays instead, compared with a piece's ends at once; the entries come back in
their own order, so a reader that stops at the first that serves stops at the same one.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from desktop.core.model import TextRange

Told = tuple[TextRange, str]  # a told sentence's range and its partner sentence's text


class ToldRanges:
    """One side's told sentences, in the order they were gathered."""

    def __init__(self, told: Sequence[Told]) -> None:
        self._told = list(told)
        self._starts = np.fromiter((r.start for r, _ in self._told), np.int64, len(self._told))
        self._ends = np.fromiter((r.end for r, _ in self._told), np.int64, len(self._told))

    def holding(self, piece: TextRange) -> list[Told]:
        """The told sentences whose range holds the piece end to end."""
        held = (self._starts <= piece.start) & (piece.end <= self._ends)
        return [self._told[k] for k in np.flatnonzero(held).tolist()]

    def meeting(self, pieces: Sequence[TextRange]) -> list[Told]:
        """The told sentences whose range shares a character with one of the pieces."""
        met = np.zeros(len(self._told), dtype=bool)
        for piece in pieces:
            met |= (self._starts < piece.end) & (piece.start < self._ends)
        return [self._told[k] for k in np.flatnonzero(met).tolist()]
