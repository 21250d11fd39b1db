"""A body named by its own first word and its kind, the words between left out: "the Marfin
Investment Bank" / "the Marfin bank", "Jefferson University Hospital" / "Jefferson hospital".

The first word is the name proper and the last says what kind of body it is; the words between
("Investment", "University") narrow the kind, so the other article names the same body at a
coarser precision. A first word that is a place ("Athens", "Washington") is no name proper: "a
Washington hospital" may be any hospital there, and keeps the mark.
"""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.extraction.patterns import compiled
from desktop.core.extraction.text_search import NO_WORD_BEFORE, search_after
from desktop.core.lexicon.bodies import BODY_KINDS
from desktop.core.model import MentionType
from desktop.core.naming.names import fold


def body_by_first_word_and_kind(fact: Fact, mine: Analysis, theirs: Analysis) -> bool:
    """The other article writes this body's first word and its kind, next to each other."""
    if fact.type is not MentionType.ORGANISATION:
        return False
    words = re.sub(r"^(the|a|an)\s+", "", fact.text.strip(), flags=re.I).split()
    if len(words) < 3 or fold(words[-1]) not in BODY_KINDS or not words[0][:1].isupper():
        return False
    first = words[0]
    if any(fold(f.text) == fold(first) for a in (mine, theirs) for f in _places(a)):
        return False
    pattern = compiled(re.escape(first) + r"\s+" + re.escape(words[-1]) + r"(?!\w)", re.I)
    match = search_after(NO_WORD_BEFORE, pattern, theirs.document.text)
    if match is None:
        return False
    # "MARFIN EGNATIA BANK" / "the Marfin bank": a name set in capitals keeps no case to match.
    shouted = first.isupper() and words[-1].isupper()
    return (
        match.group(0).lower().startswith(first.lower())
        if shouted
        else match.group(0).startswith(first)
    )


def _places(analysis: Analysis) -> list[Fact]:
    return analysis.derived(
        "told_short_bodies.places",
        lambda a: [f for f in a.facts if f.type is MentionType.PLACE],
    )
