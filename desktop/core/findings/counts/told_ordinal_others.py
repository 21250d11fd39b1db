"""A count of others told by the ordinal one past it: "seven other members have been convicted"
/ "he is the eighth member to be convicted".

Whoever is the eighth to be convicted has seven convicted before him: the count of the others and
the ordinal of the one say the same thing, in a sentence shown as one statement with the other
side's. The count must say "other(s)" (else "seven members" counts them all, him among them) and
the ordinal must be one past it; "the seventh member" tells no "seven others".
"""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings.alignment.statement_partners import statement_partners
from desktop.core.findings.counts.told_ordinals import ordinal_values

Partners = dict[int, list[tuple[int, float]]]

# "seven other elder members", "seven others": "other" right after the count, or after one word.
_OTHERS = re.compile(r"\s+(?:[a-z-]+\s+)?others?\b")


def others_told_by_ordinal(
    fact: Fact, mine: Analysis, theirs: Analysis, partners: Partners
) -> bool:
    """This count of others is one less than an ordinal in a partner sentence."""
    number = fact.number
    if number is None or number.low != number.high or number.bound or number.dimension:
        return False
    if not _OTHERS.match(mine.document.text, fact.end):
        return False
    text = theirs.document.text
    return any(
        number.low + 1 in ordinal_values(text, sentence.start, sentence.end)
        for sentence in statement_partners(fact, theirs, partners)
    )
