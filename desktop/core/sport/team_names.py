"""A team named by its city on one side and by its nickname on the other: "Indianapolis (10-5)"
/ "the Colts (10-5)".

A sports page names a club in full once ("the Indianapolis Colts") and then by either half of
that name, the city or the nickname, as it pleases. Two articles about one game may each pick a
different half, and name linking (which matches a name with its own forms) never meets the two.
Either article writing the full name, city then nickname, ties the halves together for the
pair: no list of clubs is needed, and a city with no club named after it stays a place.
"""

from __future__ import annotations

from collections.abc import Iterable


def _name(key: str) -> str:
    """The name a fact key holds, without its type ("place:indianapolis" -> "indianapolis")."""
    return key.split(":", 1)[-1]


def full_team_names(keys: Iterable[str]) -> frozenset[str]:
    """The names of the two articles' organisations, lower-cased as their keys hold them."""
    return frozenset(_name(k) for k in keys if k.startswith("org:"))


def same_team(a: str, b: str, full_names: frozenset[str]) -> bool:
    """Two fact keys naming one club by its two halves, one article writing both together."""
    first, second = _name(a), _name(b)
    if not first or not second or first == second:
        return False
    return f"{first} {second}" in full_names or f"{second} {first}" in full_names
