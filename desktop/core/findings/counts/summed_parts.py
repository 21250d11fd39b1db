"""A count told in two parts that share one noun is the whole another article counts of that noun.

"Marines detained 14 Kenyan and 9 Somali smugglers" / "detained 23 Kenyan and Somali smugglers":
the first figure's noun is left out because the second's serves both ("14 Kenyan [smugglers] and
9 Somali smugglers"), so the two figures are two parts of one group, and 14 and 9 make the 23 the
other article counts. No pass should set the 14 against the 23. The test is strict: the first
part has no noun of its own, only a word or two that sort the noun ("Kenyan", "Somali"), then
"and" or "plus" and the second part with the noun (the parse may give the first part that noun
too, or none), which is the noun the whole counts; and the
two parts add up to the whole. "3 dead and 5 injured" is no such pair (no shared noun), nor are
"3 men and 5 women" (two nouns, told apart on purpose). Read after every pass has paired its
figures, as a measure of another day is (``dated_measures``).
"""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.figures.numbers.values import NumberValue
from desktop.core.findings.bookkeeping.assembly import Draft, one_fact_conflict
from desktop.core.findings.bookkeeping.claims import is_age
from desktop.core.findings.bookkeeping.figures import same_figure

# Between the first part's figure and the second's: one or two words sorting the shared noun,
# then "and" or "plus" ("14 Kenyan and 9", "12 Somali and 11", "four local plus two").
_SORTED_AND = re.compile(r"\s+[A-Za-z-]+(?:\s+[A-Za-z-]+)?,?\s+(?:and|plus)\s+$")


def without_summed_parts(drafts: list[Draft], left: Analysis, right: Analysis) -> list[Draft]:
    """The drafts but conflicts of a part against the whole its two parts add up to."""
    return [d for d in drafts if not _part_of_summed_whole(d, left, right)]


def _part_of_summed_whole(draft: Draft, left: Analysis, right: Analysis) -> bool:
    pair = one_fact_conflict(draft)
    if pair is None:
        return False
    fa, fb = pair
    return _parts_make(left, fa, fb) or _parts_make(right, fb, fa)


def _parts_make(analysis: Analysis, part: Fact, whole: Fact) -> bool:
    """``part`` is one of two parts sharing a noun whose sum is ``whole``'s figure."""
    if not (_a_count(part) and _a_count(whole)) or whole.part or not whole.counted:
        return False
    pair = _partner(analysis, part)
    if pair is None:
        return False
    first, second = pair
    if second.counted != whole.counted:
        return False
    assert first.number is not None and second.number is not None and whole.number is not None
    total = NumberValue(
        first.number.low + second.number.low, first.number.high + second.number.high
    )
    return same_figure(total, whole.number)


def _partner(analysis: Analysis, part: Fact) -> tuple[Fact, Fact] | None:
    """The two parts ``part`` is one of, in text order: the first with no noun but the
    second's (the parse may give it the noun it leaves out, or none)."""
    text = analysis.document.text
    for other in analysis.facts:
        if other.sentence != part.sentence or other is part or not _a_count(other):
            continue
        first, second = (part, other) if part.end <= other.start else (other, part)
        if not second.counted or first.counted not in ("", second.counted):
            continue
        if _SORTED_AND.match(text[first.end : second.start]) is not None:
            return first, second
    return None


def _a_count(fact: Fact) -> bool:
    """A plain count as stated: no unit, no bound, no age. (The parse may already call each of
    two parts "a part of a group"; the whole must not be one.)"""
    number = fact.number
    return (
        number is not None
        and number.dimension == ""
        and number.bound == ""
        and fact.date is None
        and not is_age(fact)
    )
