"""A percentage told as the fraction it is in the sentence that tells the same thing: "to reduce
plastic waste by 50 percent" / "to cut plastic waste by half", "a 25 percent stake" / "a
quarter of the company", "halve emissions" / "cut emissions by 50 percent". A reporter's "half"
is 50 percent, "a third" 33 percent; neither side gives a fact the other lacks. Another
percentage ("by 40 percent" / "by half") keeps the mark.
"""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.extraction.text_search import any_of
from desktop.core.findings import tuning
from desktop.core.findings.alignment.statement_partners import Partners, statement_partners
from desktop.core.lexicon.shares import FRACTION_WORDS
from desktop.core.model import MentionType

# "halve", "halved", "halving": to cut by half.
_HALVE = re.compile(r"\bhalv(?:e|es|ed|ing)\b", re.I)
_FRACTION = re.compile(
    r"\b(" + any_of(FRACTION_WORDS) + r")\b",
    re.I,
)


def percent_told_by_fraction(
    fact: Fact, mine: Analysis, theirs: Analysis, aligned: Partners
) -> bool:
    """This percentage is a fraction ("50 percent") a statement partner gives in words."""
    number = fact.number
    if fact.type is not MentionType.PERCENT or number is None or number.low != number.high:
        return False
    share = number.low / 100
    text = theirs.document.text
    for sentence in statement_partners(fact, theirs, aligned):
        said = text[sentence.start : sentence.end]
        fractions = [FRACTION_WORDS[m.group(1).lower()] for m in _FRACTION.finditer(said)]
        if _HALVE.search(said):
            fractions.append(0.5)
        if any(abs(share - f) <= tuning.FRACTION_SLACK for f in fractions):
            return True
    return False
