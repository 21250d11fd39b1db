"""A bound that says only "more than one" ("had more than one interested bidder", "at least
two suitors"), told by an aligned sentence that counts the plural in a word: "SeaMicro's
suitors were numerous", "several bidders". Neither gives a figure; both say there were
several, so the bound is no fact one article lacks. A bound that names more ("more than 50
bidders") says something a word of plural count does not, and keeps its mark.
"""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings import tuning
from desktop.core.lexicon.plural_counts import PLURAL_COUNT_WORDS

_PLURAL_WORD = re.compile(r"\b(?:" + "|".join(sorted(PLURAL_COUNT_WORDS)) + r")\b", re.I)


def plural_bound_told(
    fact: Fact, theirs: Analysis, partners: dict[int, list[tuple[int, float]]]
) -> bool:
    """This fact bounds a count from below at two or fewer, and a sentence aligned with its
    own counts a plural in a word."""
    number = fact.number
    if number is None or number.bound != "lower" or number.dimension:
        return False
    if number.low > tuning.PLURAL_BOUND_MOST:
        return False
    text = theirs.document.text
    for j, _ in partners.get(fact.sentence, ()):
        sentence = theirs.sentences[j]
        if _PLURAL_WORD.search(text, sentence.start, sentence.end):
            return True
    return False
