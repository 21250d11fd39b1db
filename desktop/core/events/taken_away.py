"""The theft a phrasal verb of leaving tells: "two men made off with $60,000" says what "thieves
stole $80,000" does. A figure after "with" on "make off", "get away", "run off" counts what was
taken; read as "make" or "get", light verbs no slot keeps, it would share no word with "stole"."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from desktop.core.lexicon.deeds import LEAVING_PARTICLES, LEAVING_VERBS, TAKEN_AWAY_DEED


def with_taken_away(words: dict[str, float], chain: Sequence[Any]) -> None:
    """Give ``words`` the deed "steal" when the figure hangs on "with" after a verb of leaving
    and its particle ("made off with", "got away with")."""
    if len(chain) < 2 or chain[0].lower_ != "with":
        return
    verb = chain[1]
    if verb.lemma_.lower() in LEAVING_VERBS and any(
        c.lower_ in LEAVING_PARTICLES and c.dep_ in ("prt", "advmod") for c in verb.children
    ):
        words[TAKEN_AWAY_DEED] = 1.0
