"""A count totalled over several happenings against a count of one of them: "seized a total of 14
rifles during the five operations" / "During the operation, six rifles were found".

A figure its sentence counts over a number of happenings ("during the five operations", "in
three raids", "over four nights") adds up what each of them brought; the other article's figure,
told of one such happening ("during the operation", "in the raid"), is one part of that sum and
never a second account of it. Two totals, or two counts of one happening, still meet.

So is what someone "now has" ("The company now has 52 satellites in orbit"): a stock as of the
writing, every happening added up, never the count of the one happening the other article tells
("placed 22 satellites into orbit"). Two stocks still meet.
"""

from __future__ import annotations

from desktop.core.extraction.extract import Analysis, Fact, Token
from desktop.core.figures.numbers.values import parse_number
from desktop.core.lexicon.time_words import HOLDING_VERBS, TOTAL_PREPOSITIONS

# Words that may stand between the preposition and the number: "during the five operations".
_DETERMINERS = frozenset({"the", "its", "their", "his", "her", "our", "those", "these"})
# Words that single out one happening: "during the operation", "in that raid".
_ONE = frozenset({"the", "this", "that", "one", "a", "an"})


def one_against_several(a: tuple[Analysis, Fact], b: tuple[Analysis, Fact]) -> bool:
    """One figure totals several happenings, the other is told of one of them."""
    for (side, fact), (other_side, other) in ((a, b), (b, a)):
        noun = happenings_totalled(side, fact)
        if (
            noun
            and not happenings_totalled(other_side, other)
            and _one_told(other_side, other, noun)
        ):
            return True
    return False


def held_now(analysis: Analysis, fact: Fact) -> bool:
    """ "now has 52 satellites", "now owns 40 stores": "now" and a verb of having just before the
    figure."""
    before = [t.lower for t in analysis.sentence_tokens[fact.sentence] if t.end <= fact.start]
    return len(before) >= 2 and before[-2] == "now" and before[-1] in HOLDING_VERBS


def stock_against_count(a: tuple[Analysis, Fact], b: tuple[Analysis, Fact]) -> bool:
    """One figure is what someone now has, the other is not."""
    return held_now(*a) != held_now(*b)


def happenings_totalled(analysis: Analysis, fact: Fact) -> str:
    """The happening the figure's sentence counts it over, after it: "operation" for "14" of
    "seized 14 rifles during the five operations"; "" when there is none, or only one."""
    after = [t for t in analysis.sentence_tokens[fact.sentence] if t.start >= fact.end]
    for i, token in enumerate(after):
        if token.lower not in TOTAL_PREPOSITIONS:
            continue
        rest = after[i + 1 : i + 4]
        if rest and rest[0].lower in _DETERMINERS:
            rest = rest[1:]
        if len(rest) < 2 or not rest[1].noun or rest[1].lower == rest[1].content:
            continue  # the noun must be plural: "operations", not "operation"
        count = parse_number(rest[0].lower)
        if count is not None and count.exact and count.centre > 1:
            return rest[1].content
    return ""


def _one_told(analysis: Analysis, fact: Fact, noun: str) -> bool:
    """The figure's sentence speaks of one such happening: "During the operation, six ..."."""
    words: list[Token] = analysis.sentence_tokens[fact.sentence]
    return any(
        token.content == noun
        and token.lower == noun  # the singular
        and i > 0
        and words[i - 1].lower in _ONE
        for i, token in enumerate(words)
    )
