"""A count of people whose own apposition lists each of them by age, told by the other article
giving those ages: "Two men, 22 and 24, were shot" / "A 22-year-old man and a 24-year-old man
were wounded".

The ages set off after the count restate it one person at a time, as a list of names does
(told_by_naming.py): an article that gives every one of those ages counts the same people, so
the count is no fact it lacks. The list must hold as many ages as the count says, and the other
article must give each of them as someone's age; one age missing or another age keeps the mark.
"""

from __future__ import annotations

import re
from collections import Counter

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.model import MentionType

# The longest list of ages a report writes out after a count (listed_age_clashes.py reads the
# same lists).
MOST_LISTED = 6
# "men, 22 and 24", "brothers, ages 8 and 14", "teens, 15, 16 and 17": one noun, then the ages.
_LISTED_AGES = re.compile(
    r"(?:\s+[a-z-]+)?,\s+(?:ages?\s+|aged\s+)?(\d{1,3}(?:,\s*\d{1,3})*),?\s+and\s+(\d{1,3})\b", re.I
)


def count_told_by_listed_ages(fact: Fact, mine: Analysis, theirs: Analysis) -> bool:
    """The count's apposition lists its people by age, and the other article gives each age."""
    number = fact.number
    if fact.type is not MentionType.NUMBER or number is None or not number.exact:
        return False
    if number.dimension or fact.slot.get("age", 0.0) >= 1.0 or not number.low.is_integer():
        return False
    if not 2 <= number.low <= MOST_LISTED:
        return False
    match = _LISTED_AGES.match(mine.document.text, fact.end)
    if match is None:
        return False
    listed = [int(a) for a in re.findall(r"\d+", match.group(1))] + [int(match.group(2))]
    if len(listed) != int(number.low):
        return False
    given = theirs.derived("told_by_listed_ages.ages", _ages)
    return not Counter(listed) - given


def _ages(analysis: Analysis) -> Counter[int]:
    """How often each age is given as someone's age, one count per person's age fact."""
    found: Counter[int] = Counter()
    for fact in analysis.facts:
        is_age = fact.key.startswith("age:") or fact.slot.get("age", 0.0) >= 1.0
        number = fact.number
        if is_age and number is not None and number.exact and number.low.is_integer():
            found[int(number.low)] += 1
    return found
