"""An institution the other article names by its adjective: "the Indian Navy thwarted the
attack" / "the attack was foiled by an Indian warship ..., a naval officer said". A yellow mark
says the other article does not report this fact anywhere; "a naval officer" reports the navy,
and with "Indian" in the same sentence, the Indian Navy (lexicon INSTITUTION_ADJECTIVES). The
nation or place a body is named with must stand in that very sentence: "naval" in one sentence
and "Indian" in another may be two countries' navies."""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.extraction.patterns import compiled
from desktop.core.extraction.text_search import WORD_BOUNDARY, iter_after
from desktop.core.lexicon import INSTITUTION_ADJECTIVES
from desktop.core.model import MentionType
from desktop.core.naming.names import bare_name, fold


def body_told_by_adjective(fact: Fact, theirs: Analysis) -> bool:
    """A body named "[nation] <institution>", told by a sentence of the other side writing the
    institution's adjective and every other word of the name."""
    if fact.type is not MentionType.ORGANISATION:
        return False
    words = fold(bare_name(fact.text)).split()
    adjective = INSTITUTION_ADJECTIVES.get(words[-1]) if words else None
    if adjective is None:
        return False
    lowered = theirs.derived("told_bodies.lowered", lambda a: a.document.text.lower())
    # The adjective searched by its letters, the word boundary before it checked where it stands.
    for match in iter_after(WORD_BOUNDARY, compiled(rf"{adjective}\b"), lowered):
        sentence = next((s for s in theirs.sentences if s.start <= match.start() < s.end), None)
        if sentence is None:
            continue
        said = lowered[sentence.start : sentence.end]
        if all(re.search(rf"\b{re.escape(w)}\b", said) for w in words[:-1]):
            return True
    return False
