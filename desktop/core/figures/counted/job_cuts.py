"""Jobs under a verb of cutting count the cuts: "cut 1,200 jobs" / "laying off 2,100 employees"
are one count, the layoffs, and neither is the workforce a company has ("employs 50,000
workers"). The words are in ``lexicon/business_slots.py``; here the pair of them makes the slot."""

from __future__ import annotations

from typing import Any

from desktop.core.lexicon import SLOT_SYNONYMS
from desktop.core.lexicon.business_slots import CUT_WORD, JOB_NOUNS, LAYOFF_WORD


def with_job_cuts(words: dict[str, float]) -> dict[str, float]:
    """A figure's slot words with a job noun and a verb of cutting, both at full weight, made one
    slot word: the layoffs."""
    jobs = {w for w, v in words.items() if w in JOB_NOUNS and v >= 1.0}
    if not jobs or words.get(CUT_WORD, 0.0) < 1.0:
        return words
    out = {w: v for w, v in words.items() if w not in jobs and w != CUT_WORD}
    out[LAYOFF_WORD] = 1.0
    return out


def counted_cuts(word: str, noun: Any) -> str:
    """The counted noun of a figure, as the layoffs when it is a job its verb cuts ("cut 1,200
    jobs", "1,200 workers were laid off"); ``word`` unchanged otherwise."""
    if word not in JOB_NOUNS:
        return word
    verb = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and SLOT_SYNONYMS.get(verb.lemma_.lower()) == CUT_WORD:
        return LAYOFF_WORD
    return word
