"""Counts of things harmed at two grades: "five villages had been badly hit" / "four villages had
been destroyed", "40 homes were damaged" / "12 homes were destroyed".

A report counts what a storm or a quake struck by how hard it struck: the damaged (hit,
affected) and the ruined (destroyed, flattened). The two counts are of two sets, the ruined
among the struck or beside the merely damaged, so neither contradicts the other, whichever is
larger. Two counts at one grade ("40 homes destroyed" / "12 homes flattened") still clash.
People are counted by their own harms (harm_counts.py): "two people were hit" is a toll.
"""

from __future__ import annotations

from desktop.core.extraction.extract import Fact
from desktop.core.lexicon import PERSON_NOUNS
from desktop.core.lexicon.damage_grades import DAMAGE_VERBS, RUIN_VERBS


def damage_grades_apart(a: Fact, b: Fact) -> bool:
    """One count is of things ruined, the other of things damaged short of it or struck."""
    if a.counted in PERSON_NOUNS or b.counted in PERSON_NOUNS:
        return False
    grades = {_grade(a.scope_verb), _grade(b.scope_verb)}
    return grades == {"ruin", "damage"}


def _grade(verb: str) -> str:
    if verb in RUIN_VERBS:
        return "ruin"
    return "damage" if verb in DAMAGE_VERBS else ""
