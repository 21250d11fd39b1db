"""Whose age an event's figure gives, once the article's people have their final keys."""

from __future__ import annotations

from collections.abc import Sequence

from desktop.core.extraction.facts import Fact
from desktop.core.extraction.mentions import age_owner, given_initials
from desktop.core.model import MentionType
from desktop.core.persons.age_doers import SUSPECT


def own_event_ages(facts: Sequence[Fact]) -> None:
    """After clustering, an event's age belongs to the person whose name is its subject, with
    the step of life it was reached at: "person:harlow/j" for "John Harlow died at 86",
    "person:harlow/j@retire" for "Harlow retired at 70"."""
    people = [f for f in facts if f.type is MentionType.PERSON]
    initials = given_initials(facts)
    for fact in facts:
        if fact.life_age is None or fact.owner:
            continue
        at, step = fact.life_age
        person = next((p for p in people if p.start <= at < p.end), None)
        if person is None and _dateline_at(facts, at):
            person = _one_named_before(people, fact)
        if person is None:
            continue
        fact.owner = age_owner(person, initials, fact.start) + (f"@{step}" if step else "")
        fact.owner_name = person.value
        # One person has one age at one step, whatever words stand around it ("the 86-year-old
        # actor" / "passed away in Los Angeles, aged 87"): the owner, not the words, is its slot.
        # The part the clause gives the person stays ("61-year-old Smith was arrested").
        fact.slot = {"age": 1.0, **{w: 1.0 for w in fact.slot if w == SUSPECT}}


def _dateline_at(facts: Sequence[Fact], at: int) -> bool:
    """The clause's subject is a place: "TARNWICK, Westmere — Margarethe Lind-Orr, a composer
    ..., has died at the age of 87", where the parser made the dateline the subject of "died"."""
    return any(f.type is MentionType.PLACE and f.start <= at < f.end for f in facts)


def _one_named_before(people: Sequence[Fact], age: Fact) -> Fact | None:
    """The one person the age's sentence names before it: whom a dateline's clause is about."""
    named = {p.key: p for p in people if p.sentence == age.sentence and p.start < age.start}
    return next(iter(named.values())) if len(named) == 1 else None
