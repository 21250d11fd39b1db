"""An age the other article gives at a coarser precision, a decade of life: "62-year-old Roland
Scobee" / "A neighbor in his early 60s".

"in his early 60s" is 60 to 64 (lexicon/lone_ages.py), the way a police statement withholds the
exact age of a witness: the two articles do not differ, so the exact age is no fact the other
lacks. A decade without a possessive ("the 60s", "in the 60s" of temperatures) is no one's age,
and an age outside the part of the decade ("45-year-old" / "in his early 60s") stays one-sided.
"""

from __future__ import annotations

import re

from desktop.core.extract import Analysis, Fact
from desktop.core.lexicon.lone_ages import AGE_POSSESSIVES, DECADE_PARTS, TEENS

_DECADES = re.compile(
    r"\b(?:in\s+)?(" + "|".join(sorted(AGE_POSSESSIVES)) + r")\s+"
    r"(?:(early|mid|late)[\s-]*)?(?:(\d)0'?s|(teens))\b",
    re.I,
)


def age_told_by_range(fact: Fact, theirs: Analysis) -> bool:
    """The fact is an age the other article gives within a decade of life."""
    age = _age(fact)
    if age is None:
        return False
    return any(_holds(m, age) for m in _DECADES.finditer(theirs.document.text))


def _age(fact: Fact) -> int | None:
    if not fact.key.startswith("age:") or fact.number is None:
        return None
    if fact.number.low != fact.number.high or not float(fact.number.low).is_integer():
        return None
    return int(fact.number.low)


def _holds(match: re.Match[str], age: int) -> bool:
    part = (match.group(2) or "").lower()
    if match.group(4):
        low, high = TEENS
        if part:
            first, last = DECADE_PARTS[part]
            low, high = max(low, 10 + first), min(high, 10 + last)
        return low <= age <= high
    decade = int(match.group(3)) * 10
    first, last = DECADE_PARTS[part]
    return decade + first <= age <= decade + last
