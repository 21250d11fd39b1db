"""A title's full stop the parser took for a sentence's end: "Police Const. | Tim Hartley said the
gunman entered". The parser splits there when the title opens the sentence, whatever the
pipeline's boundary rule says (pipeline.py keeps "said Lt. Ann Hale" whole), so the name starts
a sentence of its own and the words that say who the person is sit at the end of the one before.
"""

from __future__ import annotations

from desktop.core.extract import Analysis, Fact, Token
from desktop.core.lexicon.titles import ABBREVIATED_TITLES

# The words before a name that say who the person is ("Vancouver police Const."), as many as
# people.py reads before a name inside its sentence.
_REACH = 3


def cut_title(analysis: Analysis, fact: Fact) -> list[Token]:
    """The last words of the sentence before ``fact`` when that sentence ends in an abbreviated
    title right before the name, on the same line; else none."""
    if fact.sentence == 0:
        return []
    before = [t for t in analysis.sentence_tokens[fact.sentence - 1] if t.lower != "."]
    if not before or before[-1].lower.rstrip(".") not in ABBREVIATED_TITLES:
        return []
    gap = analysis.document.text[before[-1].end : fact.start]
    if gap.strip(". ") or "\n" in gap:
        return []  # a title at a line's end ("Reporting by Sgt.") names no one on the next
    return before[-_REACH:]
