"""Counts of people a harm befell, and counts of people the sentence says something else of.

"Three children were home alone when ..." / "Two children were shot": the first counts who was
there, the second who was hurt. A count told with a toll (killed, shot, injured, arrested) and a
count of the same kind of people told with none count two groups, and never contradict each
other, unless the plain count names the harmed by their role ("the three victims").
"""

from __future__ import annotations

from desktop.core.extraction.extract import Fact
from desktop.core.lexicon import VICTIM_NOUNS
from desktop.core.lexicon.count_words import HURT_VERBS, TREATED_VERBS


def harm_apart(a: tuple[Fact, set[str]], b: tuple[Fact, set[str]]) -> bool:
    """One count tells a toll and the other none, nor names the harmed: two groups. Each count
    comes with the tolls its words tell ("lost their lives" tells the dead)."""
    if bool(a[1]) == bool(b[1]):
        return False
    plain = b[0] if a[1] else a[0]
    return not any(weight >= 1.0 and word in VICTIM_NOUNS for word, weight in plain.slot.items())


def treated_among_hurt(a: Fact, b: Fact) -> bool:
    """ "Three people were treated at a hospital" / "Five people were injured": the treated are
    some of the injured, so fewer treated than injured is no clash; more treated than injured
    still is."""
    for treated, hurt in ((a, b), (b, a)):
        if treated.scope_verb in TREATED_VERBS and hurt.scope_verb in HURT_VERBS:
            if treated.number is None or hurt.number is None:
                return False
            return treated.number.high < hurt.number.low
    return False
