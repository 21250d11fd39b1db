"""The whole of a share, with the share the sentence tells of it: "Two of the five suspects
were arrested", "guilty on three of four counts".

In "N of (the) M", the M counts the whole group and the N the part the sentence tells of. A
count the other article gives that equals the part ("Police arrested two suspects", "convicted
on three counts") is that part told without its whole: it says nothing of the whole, and
setting the whole against it makes a clash that is none (``findings.bookkeeping.claims``).
"""

from __future__ import annotations

import re
from itertools import pairwise

from desktop.core.extraction.facts import Fact

# What stands between a share and its whole: "two of the five", "three out of four".
_OF_THE = re.compile(r"\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?")


def mark_partitive_wholes(facts: list[Fact], text: str) -> None:
    """Give each whole of an "N of M" the value of its part N."""
    for part, whole in pairwise(facts):
        if part.number is None or whole.number is None or part.sentence != whole.sentence:
            continue
        if part.end <= whole.start and _OF_THE.fullmatch(text[part.end : whole.start]):
            whole.part_told = part.number
