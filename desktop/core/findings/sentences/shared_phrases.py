"""A phrase both articles write word for word, in sentences set apart from each other.

When one sentence is a near copy of a sentence of the other article, its look-alikes are set
apart (copies.py) so that whole-sentence verdicts pair the copy with its copy. But the copy may
leave out a clause its look-alike keeps: "The tremor struck ... at the entrance to the Gulf" is
the copy, "A 5.6 magnitude earthquake hit an island ..., injuring five people and damaging
buildings" the look-alike, and the other article's "..., injuring five people and damaging
buildings." tells that clause in the very same words. Two or more content words written side by
side in both sentences are one detail told twice, not a coincidence; a single shared word
("struck") across sentences set apart still is not.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from desktop.core.alignment.align import SentencePair
from desktop.core.extraction.extract import Analysis
from desktop.core.findings.sentences.sentence_details import (
    detail_finding,
    detail_pairs,
    word_spans,
)
from desktop.core.model import Finding, Span


def shared_phrases(
    left: Analysis,
    right: Analysis,
    pairs: Sequence[SentencePair],
    scores: np.ndarray,
    apart: np.ndarray,
) -> list[Finding]:
    """Details (sentence_details.shared_details) of the related sentence pairs that ``apart``
    set to 0 while ``scores`` relates them, kept only when both sentences write a shared
    phrase."""
    if not scores.size or not (scores > apart).any():
        return []
    findings = []
    for (i, j), words in detail_pairs(left, right, pairs, scores):
        if apart[i, j] > 0 or scores[i, j] <= 0:
            continue  # related in the scores shared_details reads: judged there
        left_spans, right_spans = word_spans(left, i, words), word_spans(right, j, words)
        if not (_phrase(left_spans) & _phrase(right_spans)):
            continue
        opening = "Both articles write these words side by side"
        findings.append(
            detail_finding(left_spans, right_spans, opening, float(scores[i, j]), len(words))
        )
    return findings


def _phrase(spans: Sequence[Span]) -> set[str]:
    """The spans of two or more words, lower-cased."""
    return {" ".join(s.text.lower().split()) for s in spans if len(s.text.split()) >= 2}
