"""An agreement on a person holds the bearer of the surname both articles name, not the family.

A name's key is its surname, so one article's "Rudy Bandemer, the boy's father" and "Christian
Bandemer" fall in one group with the other article's "Christian Bandemer". Shown as one
agreement, the father reads as corroborated by an article that never names him ("Both articles
name Deborah Teasley (the right as 'Hoyt Teasley')"). A mention whose given name meets no given
name the other article writes with the surname is another person: it leaves the agreement and
is judged on its own, one-sided unless the other article tells it otherwise. A surname written
alone may be any bearer's and stays with the agreement.
"""

from __future__ import annotations

from desktop.core.extract import Fact
from desktop.core.link import one_given_name
from desktop.core.model import MentionType


def other_bearers(facts: list[Fact], theirs: list[Fact]) -> list[Fact]:
    """The mentions of ``facts`` whose given name names none of the people ``theirs`` names in
    full; none where ``theirs`` gives no given name, or where no mention of ``facts`` would be
    left with one (the link holds those two names as one person)."""
    their_given = [f for f in theirs if _given(f)]
    if not their_given:
        return []
    apart = [f for f in facts if _given(f) and not any(one_given_name(f, g) for g in their_given)]
    if len(apart) == sum(_given(f) for f in facts):
        return []
    return apart


def _given(fact: Fact) -> bool:
    return fact.type is MentionType.PERSON and bool(fact.first)
