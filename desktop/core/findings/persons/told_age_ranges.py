"""An age the other article gives at a coarser precision, a decade of life: "62-year-old Roland
Scobee" / "A neighbor in his early 60s".

"in his early 60s" is 60 to 64 (lexicon/lone_ages.py), and so is "in his early sixties", the way a
police statement withholds the exact age of a witness: the two articles do not differ, so the exact
age is no fact the other lacks. A decade without a possessive ("the 60s", "in the 60s" of
temperatures) is no one's age, and an age outside the part of the decade ("45-year-old" / "in his
early 60s") stays one-sided.
"A teenager" is told the same way of an age from 13 to 19.
"""

from __future__ import annotations

import re
from functools import lru_cache

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.lexicon.lone_ages import AGE_POSSESSIVES, DECADE_PARTS, TEENS

# "in his seventies": a decade of life spelled out, by the stem its "-ies" follows.
_DECADE_WORDS = {
    "twent": 2, "thirt": 3, "fort": 4, "fift": 5, "sixt": 6, "sevent": 7, "eight": 8, "ninet": 9,
}  # fmt: skip
_DECADES = re.compile(
    r"\b(?:in\s+)?(" + "|".join(sorted(AGE_POSSESSIVES)) + r")\s+"
    r"(?:(early|mid|late)[\s-]*)?(?:(\d)0'?s|(teens)|(" + "|".join(_DECADE_WORDS) + r")ies)\b",
    re.I,
)

# "a teenager", "a teen", "a teenage boy": a person in the teens of life, 13 to 19.
_TEEN_NOUN = re.compile(r"\bteen(?:ager|age)?s?\b", re.I)


def age_told_by_range(fact: Fact, theirs: Analysis) -> bool:
    """The fact is an age the other article gives within a decade of life."""
    age = _age(fact)
    if age is None:
        return False
    return _in_words(theirs.document.text, age)


def _in_words(text: str, age: int) -> bool:
    if TEENS[0] <= age <= TEENS[1] and _teen_noun(text):
        return True
    return any(_holds(m, age) for m in _decades(text))


# Each age of one article asks the other's whole text: its decades are read once per text.
@lru_cache(maxsize=64)
def _decades(text: str) -> tuple[re.Match[str], ...]:
    return tuple(_DECADES.finditer(text))


@lru_cache(maxsize=64)
def _teen_noun(text: str) -> bool:
    return _TEEN_NOUN.search(text) is not None


def age_in_decade_of(fact: Fact, other: Fact) -> bool:
    """ "a 35-year-old man" / "a man in his mid-30s": one fact is an age and the other's words
    give a decade of life that holds it, the same age told at a coarser precision."""
    for aged, decade in ((fact, other), (other, fact)):
        age = _age(aged)
        if age is not None and _in_words(decade.text, age):
            return True
    return False


def age_outside_decade_of(fact: Fact, other: Fact) -> bool:
    """ "a 52-year-old man" / "a man in his 40s" swapped in one sentence told alike: one fact is
    an age and the other's words give a decade of life that does not hold it, two ages of the
    one person the sentence is about."""
    for aged, decade in ((fact, other), (other, fact)):
        age = _age(aged)
        decades = list(_DECADES.finditer(decade.text))
        if age is not None and decades and not any(_holds(m, age) for m in decades):
            return True
    return False


def _age(fact: Fact) -> int | None:
    # "a man, 34": a bare figure set off after a noun for a person is read as an age (its slot)
    # though keyed as a figure, and is told by "in his mid-30s" as "a 34-year-old man" is. Not
    # after a name ("Cain, 33,"): a named neighbour's age is no unnamed suspect's decade.
    apposed = fact.slot.get("age", 0.0) >= 1.0 and not fact.owner
    is_age = fact.key.startswith("age:") or apposed
    if not is_age or fact.number is None:
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
    digit = match.group(3)
    decade = (int(digit) if digit else _DECADE_WORDS[match.group(5).lower()]) * 10
    first, last = DECADE_PARTS[part]
    return decade + first <= age <= decade + last
