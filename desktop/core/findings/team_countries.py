"""A country a game's result is told of: "The Springboks beat New Zealand 12-11", "South Africa
edged the All Blacks". A country that beats or is beaten is a national team, so it says nothing
of where the story happens (story_regions.py)."""

from __future__ import annotations

from collections.abc import Sequence

from desktop.core.extract import Fact, Token
from desktop.core.lexicon.games import TEAM_RESULT_BEFORE, TEAM_RESULT_VERBS


def a_team(tokens: Sequence[Token], fact: Fact) -> bool:
    """The place is the subject right before a verb of beating, or the side right after one
    (an article between allowed: "beat the Netherlands")."""
    before = [t.lower for t in tokens if t.end <= fact.start]
    after = [t.lower for t in tokens if t.start >= fact.end]
    if before and before[-1] == "the":
        before = before[:-1]
    if after and after[0] in TEAM_RESULT_VERBS:
        return True
    if before and before[-1] in TEAM_RESULT_VERBS:
        return True
    return " ".join(before[-2:]) in TEAM_RESULT_BEFORE
