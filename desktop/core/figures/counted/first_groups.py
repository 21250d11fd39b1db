""" "Another 12 were hurt" after "killed two workers": "another" adds a group to the people told
of before, and when those were of another toll (the dead), the added group is the whole of its
own toll (the hurt), not a part of one. Only where the article already counted the same toll
before ("Five died at the scene. Another two died in hospital") is "another two" a part of it;
there "two others" is a part of it too.

A figure after "another" or "the other" is read as a part when it is extracted (figure_facts); this
pass, over the whole article, gives back its count to each such figure whose toll no earlier
figure counts."""

from __future__ import annotations

from collections.abc import Iterable

from desktop.core.extraction.facts import Fact
from desktop.core.lexicon import COUNT_SLOTS

# Only the indefinite "another" adds a new group; "the other eight" are the rest of a group the
# story already holds ("The other eight in the group were detained" of nine), a part still.
_ADDING = ("another",)


def whole_added_groups(facts: Iterable[Fact], text: str) -> None:
    """Unmark as parts the "another N" figures that are the first count of their toll."""
    counted: set[str] = set()  # the tolls counted so far, in text order
    for fact in sorted(facts, key=lambda f: f.start):
        if fact.number is None:
            continue
        tolls = {w for w, weight in fact.slot.items() if weight >= 1.0 and w in COUNT_SLOTS}
        if fact.part and tolls and not tolls & counted and _added(fact, text):
            fact.part = False
            fact.weak = fact.number.high <= 1
        elif not fact.part and tolls & counted and _others_after(fact, text):
            # "Five died at the scene and two others died later": two more of a toll already
            # counted, a part of it as "another two" is.
            fact.part, fact.weak = True, True
        counted |= tolls


def _added(fact: Fact, text: str) -> bool:
    before = text[max(0, fact.start - 10) : fact.start].split()
    return bool(before) and before[-1].lower() in _ADDING


def _others_after(fact: Fact, text: str) -> bool:
    """ "two others", "two other people": more of those told of before."""
    after = text[fact.end : fact.end + 10].split()
    return bool(after) and after[0].lower().strip(".,;") in ("others", "other")
