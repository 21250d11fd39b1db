"""Whether a direct quote only one article prints is told by the other in its own words, sentence
by sentence.

A quote may run over several sentences ("The warship turned towards the boats and challenged
them. The pirates then fled ..." with its closing mark lost at a paragraph's end). When the other
article tells each of those sentences in its own words, as the best match of one of its own
sentences that shares what the quoted words there say, it reports what was said: the quoted words
are missing there, not the facts, and a one-sided mark would deny facts both report. One sentence
of it the other does not tell, and the quote keeps its mark.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from desktop.core.model import TextRange

# What may stand between two told sentences inside one quote: spaces, line breaks, quote marks.
_BETWEEN = " \t\r\n\"'“”‘’"


def piece_told(
    piece: TextRange,
    told: Sequence[tuple[TextRange, str]],
    shares: Callable[[str, str], bool],
    text: str,
) -> bool:
    """The quoted piece is covered, end to end, by sentences the other article tells, each told
    by a partner sentence sharing content with the quoted words inside it (``shares(quoted,
    partner)``)."""
    covering = sorted(
        (
            r
            for r, partner in told
            if r.start < piece.end
            and piece.start < r.end
            and shares(text[max(r.start, piece.start) : min(r.end, piece.end)], partner)
        ),
        key=lambda r: r.start,
    )
    reached = piece.start
    for r in covering:
        if r.start > reached and text[reached : r.start].strip(_BETWEEN):
            return False  # words of the quote no told sentence covers
        reached = max(reached, r.end)
        if reached >= piece.end:
            return True
    return not text[reached : piece.end].strip(_BETWEEN)


def untold_pieces(
    pieces: Sequence[TextRange],
    told: Sequence[tuple[TextRange, str]],
    shares: Callable[[str, str], bool],
    text: str,
) -> tuple[TextRange, ...]:
    """The pieces of a quote the other article does not tell: a quote of two sentences whose
    first the other tells in its own words ("The fire has progressed rapidly through the store")
    and whose second it never does ("People are asked to avoid the High Street area") is missing
    there only in its second."""
    return tuple(p for p in pieces if not piece_told(p, told, shares, text))


# A sentence inside a quote's piece: up to its closing stop, or to the piece's end.
_SENTENCE = re.compile(r"\S[^.!?]*(?:[.!?]+|$)")


def sentence_pieces(pieces: Sequence[TextRange], text: str) -> tuple[TextRange, ...]:
    """A quote's pieces cut at the ends of their sentences, so that the one sentence the other
    article tells is cut from a piece of three, and the two it never tells keep their mark."""
    return tuple(
        TextRange(m.start(), m.end())
        for p in pieces
        for m in _SENTENCE.finditer(text, p.start, p.end)
    )


def rejoined(
    kept: Sequence[TextRange], pieces: Sequence[TextRange], text: str
) -> tuple[TextRange, ...]:
    """The kept sentences (``sentence_pieces``), those next to each other inside one of the
    quote's ``pieces`` joined again into one piece."""
    out: list[TextRange] = []
    for r in kept:
        last = out[-1] if out else None
        if (
            last is not None
            and not text[last.end : r.start].strip(_BETWEEN)
            and any(p.start <= last.start and r.end <= p.end for p in pieces)
        ):
            out[-1] = TextRange(last.start, r.end)
        else:
            out.append(r)
    return tuple(out)
