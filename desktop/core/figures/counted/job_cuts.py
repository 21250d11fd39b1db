"""Jobs under a verb of cutting count the cuts: "cut 1,200 jobs" / "laying off 2,100 employees"
are one count, the layoffs, and neither is the workforce a company has ("employs 50,000
workers"). The noun a verb of cutting makes counts them too: "with the loss of 800 jobs", "the
elimination of 600 positions" tell the deed of "cut 800 jobs" in a noun. The words are in
``lexicon/business_slots.py``; here the pair of them makes the slot."""

from __future__ import annotations

from typing import Any

from desktop.core.lexicon import SLOT_SYNONYMS
from desktop.core.lexicon.business_slots import CUT_WORD, JOB_LOSS_NOUNS, JOB_NOUNS, LAYOFF_WORD


def with_job_cuts(words: dict[str, float], span: Any) -> dict[str, float]:
    """A figure's slot words with a job noun and a verb of cutting, both at full weight, made one
    slot word: the layoffs. So are they when ``span``'s jobs are what a noun of cutting is "of"
    ("the loss of 800 jobs"), whatever weight the neighbouring noun got."""
    jobs = {w for w, v in words.items() if w in JOB_NOUNS and v >= 1.0}
    if not jobs:
        return words
    lost = _lost_jobs(span.root.head)
    if not lost and words.get(CUT_WORD, 0.0) < 1.0:
        return words
    out = {w: v for w, v in words.items() if w not in jobs and w != CUT_WORD}
    if lost:
        out.pop(_cut_noun(span.root.head), None)
    out[LAYOFF_WORD] = 1.0
    return out


def counted_cuts(word: str, noun: Any) -> str:
    """The counted noun of a figure, as the layoffs when it is a job its verb cuts ("cut 1,200
    jobs", "1,200 workers were laid off") or a noun of cutting is of ("the loss of 800 jobs");
    ``word`` unchanged otherwise."""
    if word not in JOB_NOUNS:
        return word
    verb = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and SLOT_SYNONYMS.get(verb.lemma_.lower()) == CUT_WORD:
        return LAYOFF_WORD
    if _lost_jobs(noun):
        return LAYOFF_WORD
    return word


def _lost_jobs(noun: Any) -> bool:
    """``noun`` a job noun a noun of cutting is of: "the loss of 800 jobs"."""
    if noun.lemma_.lower() not in JOB_NOUNS or noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return False
    return _cut_noun(noun) in JOB_LOSS_NOUNS


def _cut_noun(noun: Any) -> str:
    """The noun the "of" above a job noun hangs on: "loss" for "the loss of 800 jobs"."""
    return str(noun.head.head.lemma_.lower())
