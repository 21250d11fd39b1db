"""A count of one stage of the happening: "Four people inside the bar were wounded in the initial
shooting", "After the shooting, the gunman drove off and fired again, wounding two people".

A shooting that goes on in stages (the first shots, a gunman who drives on and fires again, a
suspect shot by police) is counted in whole by one article ("Five people were injured") and stage by
stage by another. A count the sentence ties to one stage is part of the toll: smaller than the other
article's total it contradicts nothing (``findings/bookkeeping/claims.py``); larger, it does.
"""

from __future__ import annotations

from typing import Any

from desktop.core.lexicon import INCIDENT_NOUNS
from desktop.core.lexicon.phases import AFTER_WORDS, PHASE_WORDS, WITHIN_WORDS


def counts_one_stage(span: Any) -> bool:
    """Is the figure's clause, or a clause above it, tied to one stage of the happening? Not
    across a clause that describes a noun ("A man suspected of shooting three people ... was
    arrested after the shooting"): that clause tells the deed whole."""
    word = span.root
    while True:
        if any(_a_stage(prep) for prep in word.children if prep.dep_ == "prep"):
            return True
        if word.head.i == word.i or word.dep_ in _DESCRIBING:
            return False
        word = word.head


# Clauses that describe a noun ("a man suspected of shooting three people", "who shot three").
_DESCRIBING = frozenset({"acl", "relcl", "pcomp"})


def _a_stage(prep: Any) -> bool:
    """ "in the initial shooting", "After the shooting": a preposition whose object is the
    happening with a word picking a stage, or the happening the clause comes after."""
    for noun in (c for c in prep.children if c.dep_ == "pobj"):
        if noun.lemma_.lower() not in INCIDENT_NOUNS:
            continue
        words = {c.lower_ for c in noun.children if c.dep_ in ("amod", "det")}
        if prep.lower_ in WITHIN_WORDS and words & PHASE_WORDS:
            return True
        if prep.lower_ in AFTER_WORDS and "the" in words:
            return True
    return False
