"""A count told beside one person named by a role: "killing the pilot and two passengers" tells
three dead, as "Three people died" does. The named person is one more of the group the other
article counts whole, so the count with that one added is what the two compare: three agrees,
four clashes, and so does "the driver and three passengers" / "Three people". Only a singular
noun of one person with an article or a possessive before it, joined by "and" right before or
after the count, adds one ("a woman and her two children", "two passengers and the pilot"), and
only against a count of people told whole (no noun of a part: "three passengers" is a part)."""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.figures.numbers.values import NumberValue, numbers_compatible
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.figures import Relation
from desktop.core.lexicon.victims import ONE_PERSON_NOUNS
from desktop.core.model import FindingKind

_ONE_PERSON = "|".join(sorted((re.escape(n) for n in ONE_PERSON_NOUNS), key=len, reverse=True))
# "the pilot and ", "a woman and her ", "its driver and ": what stands right before the count.
_NAMED_BEFORE = re.compile(
    rf"\b(?:the|a|an|his|her|their|its)\s+(?:[a-z-]+\s+)?(?:{_ONE_PERSON})\s+and\s+"
    r"(?:(?:his|her|their|its)\s+)?$",
    re.I,
)
# " and the pilot", " passengers and the pilot": what follows the count (its noun, then "and").
_NAMED_AFTER = re.compile(
    rf"^\s+(?:[a-z-]+\s+)?and\s+(?:the|a|an|his|her|their|its)\s+(?:[a-z-]+\s+)?"
    rf"(?:{_ONE_PERSON})\b",
    re.I,
)


def named_beside(fact: Fact, analysis: Analysis) -> bool:
    """The count has one person named by a role joined to it by "and", in its own sentence."""
    sentence = analysis.sentences[fact.sentence]
    text = analysis.document.text
    before, after = text[sentence.start : fact.start], text[fact.end : sentence.end]
    return _NAMED_BEFORE.search(before) is not None or _NAMED_AFTER.match(after) is not None


def with_the_named_one(a: Fact, b: Fact, analyses: tuple[Analysis, Analysis]) -> bool | None:
    """One side counts a group whole and the other counts it as one named person and the rest:
    the rest plus one fits the whole ("the pilot and two passengers" / "Three people"). None when
    neither is so told."""
    sides = ((a, analyses[0]), (b, analyses[1]))
    for (part, part_at), (whole, whole_at) in (sides, sides[::-1]):
        if part.number is None or whole.number is None or part.number.dimension:
            continue
        if whole.counted or whole.number.dimension:
            continue  # "three passengers": a part again, not the group told whole
        if named_beside(part, part_at) and not named_beside(whole, whole_at):
            number = part.number
            plus = NumberValue(number.low + 1, number.high + 1, "", number.exact, number.bound)
            return bool(numbers_compatible(plus, whole.number))
    return None


def named_reason(a: Fact, b: Fact, analyses: tuple[Analysis, Analysis], fits: bool) -> str:
    """Which article named one person beside its count, and the count with that one added."""
    left_named = named_beside(a, analyses[0])
    part, whole = (a, b) if left_named else (b, a)
    sides = ("left", "right") if left_named else ("right", "left")
    total = f"{part.number.low + 1:g}" if part.number is not None else ""
    told = f"The {sides[0]} names one person and counts '{part.text}' more: {total} in all"
    if fits:
        return f"{told}, as the {sides[1]}'s '{whole.text}' says."
    return f"{told}, where the {sides[1]} says '{whole.text}'."


def counted_with_named(
    rel: Relation, a: Fact, b: Fact, analyses: tuple[Analysis, Analysis]
) -> Relation:
    """The same count when one named person makes up the difference, a clash when the named one
    makes a count that looked the same one too many; else the relation as is."""
    if rel not in (Relation.CLASH, Relation.SAME):
        return rel
    fits = with_the_named_one(a, b, analyses)
    if fits is None:
        return rel
    return Relation.SAME if fits else Relation.CLASH


def named_worded(draft: Draft, a: Fact, b: Fact, analyses: tuple[Analysis, Analysis]) -> Draft:
    """A verdict the named person settles says so; any other draft is kept as it is."""
    fits = with_the_named_one(a, b, analyses)
    if fits is not None and (draft.kind is FindingKind.AGREE) == fits:
        draft.reason = named_reason(a, b, analyses, fits)
    return draft
