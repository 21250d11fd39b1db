"""What the lone clause and lone circumstance passes share: the sides they walk, and whether a
part of a told sentence names or gives something the other article writes."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import numpy as np

from desktop.core.extraction.extract import Analysis
from desktop.core.findings.bookkeeping.sentence_facts import facts_of
from desktop.core.findings.names.name_runs import name_runs, written
from desktop.core.model import Side
from desktop.core.naming.names import bare_name


def clause_sides(
    left: Analysis, right: Analysis, scores: np.ndarray, told: tuple[set[int], set[int]]
) -> Iterator[tuple[Side, Analysis, Analysis, np.ndarray, set[int]]]:
    """Each side with its article, the other article, the sentence scores read from its side and
    its sentences holding a fact the other also states; a side is skipped when either article
    has no clause parse."""
    for side, mine, theirs, matrix, shared in (
        (Side.LEFT, left, right, scores, told[0]),
        (Side.RIGHT, right, left, scores.T, told[1]),
    ):
        if mine.clause_parse is not None and theirs.clause_parse is not None:
            yield side, mine, theirs, matrix, shared


def writes_any(analysis: Analysis, i: int, holds: Callable[[int], bool], their_lower: str) -> bool:
    """A name or figure of sentence ``i`` at an offset the part ``holds`` stands in the other
    article (``their_lower``, its text in lower case): what the part gives, the other gives too,
    however else it is worded."""
    sentence = analysis.sentences[i]
    text = analysis.document.text[sentence.start : sentence.end]
    if any(
        name.lower() in their_lower for at, _, name in name_runs(text) if holds(sentence.start + at)
    ):
        return True
    return any(
        written(bare_name(f.text), their_lower)
        for f in facts_of(analysis, i)
        if not f.weak and holds(f.start)
    )
