"""The whole a part is taken from: "took 412 of the 650 seats", "three of the five judges", "22
ministers, nine of them women".

A figure after "of (the)" that follows another figure counts the whole set the first figure is
taken from: the seats of the chamber, the judges of the bench, the crew of the ship. The sentence
tells the part ("412 seats won") as its news; the whole is another group of the same noun, so it
is never set against another article's count of that noun.
"""

from __future__ import annotations

from desktop.core.extract import Analysis, Fact
from desktop.core.values import parse_number

# Words that may stand between "of" and the whole's figure: "412 of the 650 seats".
_WHOLE_DETERMINERS = frozenset({"the", "its", "their", "his", "her", "our"})


# Pronouns a part names its whole by: "22 ministers, nine of them women".
_WHOLE_PRONOUNS = frozenset({"them", "whom", "which", "those"})
# Words a part may stand after its whole's figure: "22 ministers in the cabinet, nine of them".
_PART_REACH = 6


def counts_a_whole(analysis: Analysis, fact: Fact) -> bool:
    """The figure counts the whole of a part told beside it: "650" of "412 of the 650 seats",
    "22" of "22 ministers, nine of them women"."""
    tokens = analysis.sentence_tokens[fact.sentence]
    before = [t.lower for t in tokens if t.end <= fact.start]
    if before and before[-1] in _WHOLE_DETERMINERS:
        before = before[:-1]
    if len(before) >= 2 and before[-1] == "of" and parse_number(before[-2]) is not None:
        return True
    after = [t.lower for t in tokens if t.start >= fact.end][: _PART_REACH + 3]
    return any(
        after[i + 1] == "of"
        and after[i + 2] in _WHOLE_PRONOUNS
        and parse_number(after[i]) is not None
        for i in range(len(after) - 2)
    )
