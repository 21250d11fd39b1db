"""Sentences paired only by the story's topic: "Tomas Reyes was killed" is told by "His mother
said Tomas Reyes was killed by a stray bullet", and also comes close to "Reyes was pronounced
dead at 9:10 p.m. at Mercy Hospital of gunshot wounds", because both name the boy, as every
sentence of the story does. The words and names both articles repeat all over are what the
story is about, not what one sentence says. A sentence already told by its closest partner does
not also tell a weaker partner that shares nothing else with it and means something else (the
embedding sees no more likeness than between two different events of one topic); with nothing
else on the other side close to it, that partner is a statement only its article makes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import numpy as np

from desktop.core.alignment.align import (
    EMBEDDING_FLOOR,
    SentencePair,
    default_table,
    meaning_scores,
)
from desktop.core.extraction.extract import Analysis
from desktop.core.findings import tuning
from desktop.core.findings.alignment.named_alike import told_in_a_name, what_is_said
from desktop.core.quoting.attribution import REPORTING_VERBS


def without_topic_partners(
    left: Analysis, right: Analysis, pairs: Sequence[SentencePair], scores: np.ndarray
) -> tuple[list[SentencePair], np.ndarray]:
    """The pairs and scores the whole-sentence verdicts read, with the topic-only partners set
    apart (score 0): such a partner neither corroborates the sentence nor keeps it from being
    one-sided."""
    apart = topic_only(left, right, scores)
    if not apart.any():
        return list(pairs), scores
    kept = [p for p in pairs if not apart[p.left, p.right]]
    return kept, np.where(apart, np.float32(0.0), scores).astype(scores.dtype)


def topic_only(left: Analysis, right: Analysis, scores: np.ndarray) -> np.ndarray:
    """Sentences that come close (STATEMENT_ALONE and up) without being each other's closest
    partner, share no figure and no word, name or word of what they say but the story's topic
    words (``_topic_words``), and whose meanings come no closer than two sentences about two
    different events of one topic do (EMBEDDING_FLOOR). Without the embedding table nothing
    is set apart: shared topic words alone also pair sentences that retell each other."""
    apart = np.zeros(scores.shape, dtype=bool)
    table = default_table()
    if scores.size == 0 or table is None:
        return apart
    closest = (scores >= scores.max(axis=1, keepdims=True)) & (
        scores >= scores.max(axis=0, keepdims=True)
    )
    candidates = (scores >= tuning.STATEMENT_ALONE) & ~closest
    if not candidates.any():
        return apart
    meaning = meaning_scores(left, right, table)
    ours, theirs = _words(left), _words(right)
    topic = _topic_words(ours) & _topic_words(theirs)
    rows, columns = np.nonzero(candidates & (meaning < EMBEDDING_FLOOR))
    for i, j in zip(rows.tolist(), columns.tolist(), strict=True):
        apart[i, j] = (
            ours[i] & theirs[j] <= topic
            and not told_in_a_name(left, i, right, j)
            and not told_in_a_name(right, j, left, i)
        )
    return apart


def _words(analysis: Analysis) -> list[frozenset[str]]:
    """Per sentence, its content words and names, and what it says (``what_is_said``: figures
    as "#12", the verbs of -ion nouns), less the verbs of saying every report shares."""
    return [
        (frozenset(words) | said) - REPORTING_VERBS
        for words, said in zip(analysis.sentence_words, what_is_said(analysis), strict=True)
    ]


def _topic_words(said: Sequence[frozenset[str]]) -> set[str]:
    """Words an article uses in TOPIC_SENTENCES sentences or more: what its story is about. A
    figure is a fact, never the topic."""
    counts = Counter(w for words in said for w in words)
    return {
        w
        for w, n in counts.items()
        if n >= tuning.TOPIC_SENTENCES and not any(c.isdigit() for c in w)
    }
