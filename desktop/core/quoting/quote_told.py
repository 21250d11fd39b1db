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

from desktop.core.lexicon.titles import ABBREVIATED_TITLES
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


# Where a sentence inside a quote ends: its stops and closing marks, before a space and a word
# that opens the next one, or at the piece's end.
_SENTENCE_END = re.compile(r"[.!?]+[\"'”’)]*(?=\s+[\"'“‘(]?[A-Z0-9])")
# The word before a full stop that ends no sentence: a title ("Mr. Holt") or an initial.
_WORD_BEFORE = re.compile(r"(\w+)$")


def sentence_pieces(pieces: Sequence[TextRange], text: str) -> tuple[TextRange, ...]:
    """A quote's pieces cut at the ends of their sentences, so that the one sentence the other
    article tells is cut from a piece of three, and the two it never tells keep their mark. The
    full stop of a title or an initial ("Never trust Mr. Holt") ends no sentence."""
    out: list[TextRange] = []
    for p in pieces:
        start = p.start
        for m in _SENTENCE_END.finditer(text, p.start, p.end):
            word = _WORD_BEFORE.search(text, start, m.start())
            if text[m.start()] == "." and word is not None and _abbreviation(word.group(1)):
                continue
            out.append(TextRange(start, m.end()))
            start = m.end()
            while start < p.end and text[start].isspace():
                start += 1
        if start < p.end:
            out.append(TextRange(start, p.end))
    return tuple(out)


def _abbreviation(word: str) -> bool:
    return len(word) == 1 or word.lower() in ABBREVIATED_TITLES


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
