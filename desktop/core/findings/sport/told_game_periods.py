"""A moment of a game placed in one of its periods, told by an aligned sentence that places
it in the same period: "Charles fumbled in the red zone later in the second quarter" / "a
drive midway through the second quarter ... was halted when Charles lost a fumble".

The period of the game is the time both give; where in it, one side may say and the other
not, or the two may say it in words that need not exclude each other ("later in" counts from
the play before, "midway through" from the period's start). Two parts that do exclude each
other ("early in the fourth quarter" / "late in the fourth quarter") leave the mark: the
articles then time the moment differently, and a reader should see it. A period the other
article names only in a sentence telling something else tells nothing of this moment.
"""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.lexicon.game_periods import (
    GAME_PERIOD_NOUNS,
    GAME_PERIOD_ORDINALS,
    PERIOD_PARTS,
)
from desktop.core.model import MentionType

_WHEN = frozenset({MentionType.DATE, MentionType.TIME})
_PERIOD = re.compile(
    r"\b(?P<ordinal>"
    + "|".join(sorted(GAME_PERIOD_ORDINALS, key=len, reverse=True))
    + r")\s+(?P<noun>"
    + "|".join(sorted(GAME_PERIOD_NOUNS, key=len, reverse=True))
    + r")\b",
    re.I,
)
# Words before a period in which a part of it may be said: "midway through the", "late in the".
_PART_REACH = 3


def game_period_told(
    fact: Fact,
    mine: Analysis,
    theirs: Analysis,
    partners: dict[int, list[tuple[int, float]]],
) -> bool:
    """This moment's game period is named in a sentence aligned with its own, at no part of
    the period that excludes this one's."""
    if fact.type not in _WHEN:
        return False
    period = _PERIOD.search(fact.text)
    if period is None:
        return False
    wanted = _period_key(period)
    part = _part(fact.text[: period.start()])
    text = theirs.document.text
    for j, _ in partners.get(fact.sentence, ()):
        sentence = theirs.sentences[j]
        said = text[sentence.start : sentence.end]
        for other in _PERIOD.finditer(said):
            if _period_key(other) != wanted:
                continue
            their_part = _part(said[: other.start()])
            if not part or not their_part or part == their_part:
                return True
    return False


def _period_key(match: re.Match[str]) -> tuple[str, str]:
    noun = match.group("noun").lower()
    return match.group("ordinal").lower(), "inning" if noun == "innings" else noun


def _part(before: str) -> str:
    """The part of the period the words just before it name ("late in the": "late"), or ""."""
    words = re.findall(r"[a-z]+", before.lower())[-_PART_REACH:]
    return next((PERIOD_PARTS[w] for w in reversed(words) if w in PERIOD_PARTS), "")
