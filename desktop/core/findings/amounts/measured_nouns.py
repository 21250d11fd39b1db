"""Two measures hyphened before two different nouns measure two different things: no clash.

"an 11-yard pass" / "the 73-yard game winning drive": a figure hyphened to its unit is a compound
modifier, and what it measures is the noun phrase it stands before, here a pass and a drive. Both
are yards, and the sentences may tell the same game, yet the figures measure different plays, so a
difference between them contradicts nothing. So does a figure an "of" ties to a noun ("three runs of
80 or more yards" measures runs), and a measure whose unit an "of" follows ("16GB of memory" / "512
gigabytes of storage": two parts of one laptop). Only when both figures name their noun so, and not
the same one, are they set apart: "a 47-yard field goal" / "a 45-yard field goal" still clash, and
"the kick went 47 yards" names no noun to compare.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from desktop.core.extraction.extract import Analysis, Fact, Token
from desktop.core.figures.numbers.values import is_currency, is_unit
from desktop.core.lexicon.time_words import TIME_UNITS


def measure_different_nouns(left: Analysis, fa: Fact, right: Analysis, fb: Fact) -> bool:
    """``fa`` and ``fb`` each measure a noun of their own sentence, and not the same noun; or the
    same noun, one of them several of its things and the other one (``_one_and_several``)."""
    noun_a = measured_noun(left, fa)
    noun_b = measured_noun(right, fb)
    # An "of" phrase gives all its nouns ("of ammonium nitrate"): one noun shared is one thing,
    # however the tagger read the other.
    if noun_a and noun_b and not set(noun_a.split()) & set(noun_b.split()):
        return True
    return _one_and_several((left, fa), (right, fb))


def _one_and_several(mine: tuple[Analysis, Fact], theirs: tuple[Analysis, Fact]) -> bool:
    """ "the seven-year offers for Teixeira were in the $140 million to $160 million range" /
    "an eight-year offer": a measure hyphened before a plural noun measures each of several
    things, and before the same noun in the singular one thing; the several are not the one, so
    the two measures contradict nothing ("two 47-yard field goals" / "a 45-yard field goal" are
    three kicks). Two singulars or two plurals are compared as before."""
    heads = [_hyphened_head_token(_tokens(a, f), f, _unit_or_time) for a, f in (mine, theirs)]
    if heads[0] is None or heads[1] is None or heads[0].content != heads[1].content:
        return False
    return _plural(heads[0]) != _plural(heads[1])


def _unit_or_time(word: str) -> bool:
    """A unit, or a unit of time: "a seven-year offer" measures an offer as "a 47-yard field goal"
    measures a kick."""
    return is_unit(word) or word in TIME_UNITS


def _plural(noun: Token) -> bool:
    """Written otherwise than its dictionary form, ending in "s": "offers", "goals"."""
    return noun.lower != noun.content and noun.lower.endswith("s")


def _tokens(analysis: Analysis, fact: Fact) -> Sequence[Token]:
    if fact.number is None or not 0 <= fact.sentence < len(analysis.sentence_tokens):
        return ()
    return analysis.sentence_tokens[fact.sentence]


def measured_noun(analysis: Analysis, fact: Fact) -> str:
    """The noun a figure with its unit measures: the head of the phrase it is hyphened before
    ("an 11-yard pass": "pass"; "the 73-yard game winning drive": "drive"), or the noun its
    "of" completes ("three runs of 80 or more yards": "run"); "" when it stands otherwise."""
    if fact.number is None or not 0 <= fact.sentence < len(analysis.sentence_tokens):
        return ""
    tokens = analysis.sentence_tokens[fact.sentence]
    return _hyphened_head(tokens, fact) or _head_of_of(tokens, fact) or _of_after_unit(tokens, fact)


def _hyphened_head(tokens: Sequence[Token], fact: Fact) -> str:
    head = _hyphened_head_token(tokens, fact)
    return head.content if head is not None else ""


def _hyphened_head_token(
    tokens: Sequence[Token], fact: Fact, unit: Callable[[str], bool] = is_unit
) -> Token | None:
    after = [t for t in tokens if t.start >= fact.end]
    if "-" in fact.text:
        # "86-yard": the unit taken in; a score ("a 20-13 victory") measures nothing.
        glued = re.fullmatch(r"[\w.,]+-([A-Za-z]+)", fact.text)
        if glued is None or not unit(glued.group(1).lower()):
            return None
    else:
        # "11-yard": the tagger took the figure alone; its hyphen and unit follow, unspaced.
        if len(after) < 2 or not _glued(after[0], fact.end, "-"):
            return None
        if not _glued(after[1], after[0].end) or not unit(after[1].lower):
            return None
        after = after[2:]
    nouns = [t for t in _phrase(after) if t.noun]
    return nouns[-1] if nouns else None


def _head_of_of(tokens: Sequence[Token], fact: Fact) -> str:
    """ "runs of 80 or more yards": the figure's unit follows it, and "of" ties it to a noun."""
    before = [t for t in tokens if t.end <= fact.start]
    after = [t for t in tokens if t.start >= fact.end][: _BOUND_WORDS + 1]
    if len(before) < 2 or before[-1].lower != "of" or not before[-2].noun:
        return ""
    if not fact.counted or not any(t.noun and t.content == fact.counted for t in after):
        return ""
    return before[-2].content


def _of_after_unit(tokens: Sequence[Token], fact: Fact) -> str:
    """ "16GB of memory", "512 gigabytes of storage", "seven hours of battery life": a measure
    whose unit an "of" follows measures what the "of" names, the nouns of its phrase. Not a
    share ("7 percent of its workforce") nor a sum ("$4 billion of stock"): a part of a whole
    and a price are told of many things in one breath."""
    number = fact.number
    if number is None or number.dimension in _NOT_MEASURES or is_currency(number.dimension):
        return ""
    after = [t for t in tokens if t.start >= fact.end]
    if not after or after[0].lower != "of":
        return ""
    rest = after[1:]
    while rest and not rest[0].content:
        rest = rest[1:]  # "of its original capacity"
    return " ".join(t.content for t in _phrase(rest) if t.noun and t.content)


# Dimensions of figures that are no measure in a unit: a count, a share, a tally.
_NOT_MEASURES = frozenset(["", "percent", "tally"])


# Words a bound may put between a figure and its unit: "80 or more yards".
_BOUND_WORDS = 2


def _glued(token: Token, offset: int, text: str | None = None) -> bool:
    return token.start == offset and (text is None or token.lower == text)


def _phrase(tokens: Sequence[Token]) -> list[Token]:
    """The content words that run on from the unit: "game winning drive" up to "before"."""
    phrase: list[Token] = []
    for token in tokens:
        if not token.content:
            break
        phrase.append(token)
    return phrase
