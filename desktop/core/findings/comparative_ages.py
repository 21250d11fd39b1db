"""The person "the younger man" or "the older victim" picks out: the younger or the older of the
two people the article has just aged ("two men, a 46-year-old and a 24-year-old. ... The younger
man was shot in the back" tells of the 24-year-old).

A comparative of age with a person noun opening a sentence refers back to a pair: the nearest
sentence before it, at most a few back, that ages people must age exactly two, and the
comparative takes the lower or the higher age. Three people aged, or none near, pick no one.
"""

from __future__ import annotations

import re

from desktop.core.extract import Analysis, Fact
from desktop.core.findings.tolls import is_age
from desktop.core.lexicon.listed_people import ONE_LISTED_NOUNS

# How many sentences back the pair may be aged: "... a 46-year-old and a 24-year-old. He shot
# both men. The younger man was shot in the back."
_REACH = 2
_COMPARATIVE = re.compile(
    rf"\W*the\s+(?P<which>younger|older|elder)\s+(?:{'|'.join(sorted(ONE_LISTED_NOUNS))})\b",
    re.I,
)


def comparative_ages(analysis: Analysis, free: list[Fact]) -> dict[int, list[Fact]]:
    """For each sentence opening with "the younger ..." or "the older ...", the age fact of the
    person it picks out of the pair aged just before it, when that fact is among ``free``."""
    text = analysis.document.text
    ages = [f for f in analysis.facts if is_age(f) and not f.other_event]
    picked: dict[int, list[Fact]] = {}
    for index, sentence in enumerate(analysis.sentences):
        match = _COMPARATIVE.match(text, sentence.start, sentence.end)
        if match is None or any(f.sentence == index and is_age(f) for f in analysis.facts):
            continue
        pair = _pair_before(ages, index)
        if pair:
            one = pair[0] if match.group("which").lower() == "younger" else pair[1]
            if any(f is one for f in free):
                picked[index] = [one]
    return picked


def picked_note(side: str, fact: Fact, analysis: Analysis) -> str:
    """What the reader is told when the age is that of a person a comparative picked out: "The
    left's 'The younger man' is the younger of the two people it aged."""
    text = analysis.document.text
    for index in comparative_ages(analysis, [fact]):
        sentence = analysis.sentences[index]
        match = _COMPARATIVE.match(text, sentence.start, sentence.end)
        if match is not None:
            words = match.group(0).strip(" \t\n\"'")
            which = match.group("which").lower()
            return f" The {side}'s {words!r} is the {which} of the two people it aged just before."
    return ""


def _pair_before(ages: list[Fact], index: int) -> tuple[Fact, Fact] | None:
    """The two ages of the nearest sentence before ``index`` that ages anyone, youngest first,
    when it ages exactly two people of two different ages."""
    for back in range(index - 1, max(-1, index - 1 - _REACH), -1):
        own = [f for f in ages if f.sentence == back and f.number is not None]
        if not own:
            continue
        if len(own) != 2 or own[0].number is None or own[1].number is None:
            return None
        first, second = sorted(own, key=lambda f: f.number.centre if f.number else 0.0)
        if first.number is None or second.number is None:
            return None
        if first.number.centre == second.number.centre:
            return None
        return first, second
    return None
