"""A sentence one sentence of the other article retells, naming what the other never writes.

"The Weather Service put the rainfall at 210 millimetres" against "The river burst its banks,
the Weather Service said": one sentence of the other article holds most of what this one speaks
of, so a yellow mark over all of it says "the other does not report this" of a report the other
gives. What the other never writes is the figure, and that is what is marked.

Only a sentence that ONE sentence of the other article mostly holds is read so. A sentence whose
words are gathered from two of them ("fled the scene" here, "arrested nearby" there) and that
names someone the other never names stays one-sided whole: two loose matches and a new name are
more often a new statement than a retold one (the planted-edits bench lost deleted sentences'
facts when such sentences gave up their mark).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from desktop.core.findings import tuning
from desktop.core.model import Span
from desktop.core.quoting.attribution import REPORTING_VERBS


def told_by_one(
    words: Sequence[str], their_sets: Sequence[frozenset[str]], candidates: Iterable[int]
) -> bool:
    """One sentence of the other article (among ``candidates``, those sharing a word) holds at
    least TOLD_WORD_SHARE of the sentence's content words, verbs of saying aside."""
    content = {w for w in words if w not in REPORTING_VERBS}
    if len(content) < tuning.MIN_STATEMENT_WORDS:
        return False
    need = tuning.TOLD_WORD_SHARE * len(content)
    return any(len(content & their_sets[j]) >= need for j in candidates)


# Quotation marks a capitalised run picks up at its end ("'Harbour Song'"): not part of a name.
CLOSING_QUOTES = "'’\""


def unwritten_parts(
    text: str, found: Iterable[tuple[int, int]], marked: Sequence[Span]
) -> list[Span]:
    """The names and figures ``found`` (offsets in ``text``) merged where they touch, less
    closing quotation marks and less those a one-sided mark of their own already shows."""
    trimmed = []
    for start, end in found:
        while end > start and text[end - 1] in CLOSING_QUOTES:
            end -= 1
        if end > start and not any(m.start < end and start < m.end for m in marked):
            trimmed.append((start, end))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(trimmed):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return [Span(a, b, text[a:b]) for a, b in merged]
