"""A count the other article gives by an adjective that counts: "charged with two counts of
murder" / "arrested on charges of double homicide", "three people were shot dead" / "a triple
murder".

"Double", "twin", "triple" before a noun say how many of it there are, as a numeral does: in a
sentence aligned with the count's own (two sentences telling the same thing), the same number
told that way is no figure the other side lacks. Another number ("triple" for "two"), or the
adjective before no counted noun ("double the price", "double-digit"), tells nothing here.
"""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.lexicon.multiples import MULTIPLES, NOT_COUNTED_AFTER

Partners = dict[int, list[tuple[int, float]]]

_MULTIPLE = re.compile(rf"\b({'|'.join(MULTIPLES)})\s+([a-z]+)\b", re.I)


def count_told_by_multiple(fact: Fact, theirs: Analysis, aligned: Partners) -> bool:
    """An aligned sentence of the other side counts as many of something by an adjective."""
    number = fact.number
    if (
        number is None
        or fact.other_event
        or number.dimension
        or not number.exact
        or number.low != number.high
        or number.low not in MULTIPLES.values()
    ):
        return False
    text = theirs.document.text
    for j, _score in aligned.get(fact.sentence, ()):
        sentence = theirs.sentences[j]
        for match in _MULTIPLE.finditer(text, sentence.start, sentence.end):
            if match.group(2).lower() in NOT_COUNTED_AFTER:
                continue
            if MULTIPLES[match.group(1).lower()] == number.low:
                return True
    return False
