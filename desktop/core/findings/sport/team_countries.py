"""A place a game's result or a season's play is told of: "The Springboks beat New Zealand
12-11", "South Africa edged the All Blacks", "Friday's game against Denver", "a win over
Washington", "Seattle has a 12-5 record", "averaged 9.1 rebounds for Miami". A place that beats,
is beaten, is played against, holds a record or is played for is a team, so it says nothing of
where the story happens (story_regions.py)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from desktop.core.extraction.extract import Fact, Token
from desktop.core.lexicon.games import (
    GAME_WORDS,
    OPPONENT_CUES,
    PLAY_NOUNS,
    PLAYED_FOR_VERBS,
    RESULT_WORDS,
    TEAM_RESULT_BEFORE,
    TEAM_RESULT_VERBS,
    WIN_OVER_WORDS,
)

# A win-loss record right after the place, with or without a verb: "Seattle has a 12-5 record",
# "Utah is 58-20", "Philadelphia improved to 11-4", "Utah, 58-20,". A town holds no record.
_RECORD_AFTER = re.compile(
    r"\s*,?\s*(?:(?:is|are|was|were|has|have|had|went|finished|improved|fell|dropped|moved)\s+)?"
    r"(?:to\s+)?(?:an?\s+)?\d{1,3}\s*[-\u2013]\s*\d{1,3}(?:\s*[-\u2013]\s*\d{1,3})?\b"
)


def a_team(tokens: Sequence[Token], fact: Fact, text: str = "") -> bool:
    """The place is the subject right before a verb of beating, or the side right after one
    (an article between allowed: "beat the Netherlands"), the side a game is played against or
    won over, the holder of a record, or the club a player played for."""
    before = [t.lower for t in tokens if t.end <= fact.start]
    after = [t.lower for t in tokens if t.start >= fact.end]
    if before and before[-1] == "the":
        before = before[:-1]
    if after and after[0] in TEAM_RESULT_VERBS:
        return True
    if before and before[-1] in TEAM_RESULT_VERBS:
        return True
    if " ".join(before[-2:]) in TEAM_RESULT_BEFORE:
        return True
    return _played_against(before, after) or (
        bool(text) and _RECORD_AFTER.match(text, fact.end) is not None
    )


def _played_against(before: list[str], after: list[str]) -> bool:
    """ "the game against Denver", "a win over Washington", "averaged 9.1 rebounds for Miami"."""
    if not before:
        return False
    words = set(before) | set(after)
    if before[-1] in OPPONENT_CUES:
        return bool(words & (GAME_WORDS | RESULT_WORDS | PLAY_NOUNS))
    if before[-1] == "over":
        return len(before) > 1 and before[-2] in WIN_OVER_WORDS
    return before[-1] == "for" and bool(set(before) & PLAYED_FOR_VERBS)
