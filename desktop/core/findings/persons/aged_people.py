"""Two named people each given an age: when the ages are years apart, they are two people.

"John Smith, 31, was shot" / "Mark Jones, 27, was shot": a story with two victims may name a
different one in the same sentence. An article that got a person's name wrong rarely gets the
age wrong too, so a name and an age both different tell of another person, not a renaming. A
year apart may be one person either side of a birthday ("Hardmon, 24" / "the 25-year-old").
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings import tuning


def aged_apart(a: tuple[Analysis, Sequence[Fact]], b: tuple[Analysis, Sequence[Fact]]) -> bool:
    ages = [_ages(analysis, people) for analysis, people in (a, b)]
    if not ages[0] or not ages[1]:
        return False
    return all(abs(x - y) > tuning.BIRTHDAY_SLACK for x in ages[0] for y in ages[1])


def _ages(analysis: Analysis, people: Sequence[Fact]) -> set[float]:
    """The ages the article gives beside these names ("Smith, 31", "Smith, a 31-year-old")."""
    keys = {p.key for p in people}
    return {
        f.number.centre
        for f in analysis.facts
        if f.number is not None and f.slot.get("age", 0.0) >= 1.0 and f.owner.split("/")[0] in keys
    }
