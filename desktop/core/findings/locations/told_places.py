"""A place the other article gives at a coarser precision in the sentence that tells the same
thing: "born in Nashville, Tennessee on April 22, 1923" / "born in Tennessee on April 22, 1923".

A yellow mark says the other article does not report this fact anywhere. Where two aligned sentences
tell one happening and the other side's sentence says where with the state or country this town lies
in (by the gazetteer, core/locations/places.py), the other side reports where it happened at its own
precision: the town is the same place, told finer, not a fact the other lacks.

Only in that sentence, and only where it is plainly the same happening:
* every place the other sentence names holds the town: a sentence naming places apart ("felt in
  Oman and the United Arab Emirates" / "no injuries in Dubai") tells of more than one place;
* the two sentences share a value beside the place (the same date, figure or name): two quakes
  "in southern Iran" and "in the town of Zarand" align as two happenings of one kind;
* nothing in this sentence belongs to another event ("In February, a quake ... hit Zarand").
A state named elsewhere in the other article may be where anything else happened. A partner
sentence may also place the town by its distance from another (told_by_distance).
"""

from __future__ import annotations

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.sentence_facts import facts_of
from desktop.core.findings.locations.told_by_distance import town_at_partner_distance
from desktop.core.locations.places import within
from desktop.core.model import MentionType


def town_in_partner_region(
    fact: Fact, mine: Analysis, theirs: Analysis, partners: dict[int, list[tuple[int, float]]]
) -> bool:
    """A partner sentence of this town's sentence names only places that hold the town, and
    tells the same happening (see the module's notes)."""
    if fact.type is not MentionType.PLACE:
        return False
    if town_at_partner_distance(fact, mine, theirs, partners):
        return True
    here = facts_of(mine, fact.sentence)
    if any(f.other_event for f in here):
        return False
    values = {f.key for f in here if f.key and f.type is not MentionType.PLACE}
    for j, score in partners.get(fact.sentence, ()):
        if score < tuning.STATEMENT_AGREE:
            continue
        there = facts_of(theirs, j)
        places = [f for f in there if f.type is MentionType.PLACE]
        if (
            places
            and all(within(fact.key, p.key) for p in places)
            and any(f.key in values for f in there)
        ):
            return True
    return False
