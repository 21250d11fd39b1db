"""An agreement on a person holds the bearer of the surname both articles name, not the family.

A name's key is its surname, so one article's "Rudy Bandemer, the boy's father" and "Christian
Bandemer" fall in one group with the other article's "Christian Bandemer". Shown as one
agreement, the father reads as corroborated by an article that never names him ("Both articles
name Deborah Teasley (the right as 'Hoyt Teasley')"). A mention whose given name meets no given
name the other article writes with the surname is another person: it leaves the agreement and
is judged on its own, one-sided unless the other article tells it otherwise, and so does that
given name written alone ("Dennis said"). A surname written alone may be any bearer's and stays
with the agreement.
"""

from __future__ import annotations

from dataclasses import replace

from desktop.core.extraction.extract import Fact
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.ledger import fact_id
from desktop.core.model import MentionType, Side
from desktop.core.naming.link import one_given_name


def other_bearers(facts: list[Fact], theirs: list[Fact]) -> list[Fact]:
    """The mentions of ``facts`` whose given name names none of the people ``theirs`` names by
    a given name; none where ``theirs`` gives no given name, or where no mention of ``facts``
    would be left with one (the link holds those two names as one person)."""
    firsts = {f.first for f in (*facts, *theirs) if _person(f) and f.first}
    mine = [(f, g) for f in facts if (g := _with_given_name(f, firsts)) is not None]
    their_given = [g for f in theirs if (g := _with_given_name(f, firsts)) is not None]
    if not their_given:
        return []
    apart = [f for f, g in mine if not any(one_given_name(g, h) for h in their_given)]
    return [] if len(apart) == len(mine) else apart


def _with_given_name(fact: Fact, firsts: set[str]) -> Fact | None:
    """The mention with the given name it names its bearer by, or None when it gives none: a
    given name written alone ("Dennis said") is the given name of the one named in full with it
    ("his father Dennis Marlowe"), though the tagger keeps it as a last name."""
    if not _person(fact):
        return None
    if fact.first:
        return fact
    return replace(fact, first=fact.last) if fact.last in firsts else None


def _person(fact: Fact) -> bool:
    return fact.type is MentionType.PERSON


def unheld(facts: list[Fact], drafts: list[Draft], side: Side) -> list[Fact]:
    """The mentions no draft holds on ``side``: a bearer left out of one agreement may be the
    person another link names ("Jon Holzwarth" / "Jon Holzworth", a spelling conflict)."""
    held = {fact_id(side, f) for d in drafts for f in (d.left if side is Side.LEFT else d.right)}
    return [f for f in facts if fact_id(side, f) not in held]
