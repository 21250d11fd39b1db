"""Whether two places two articles name can be set against each other at all: the one test the
passes that mark a place conflict ask, so that each does not keep a guard of its own.

Stop 51 judged every place conflict the engine showed on fresh pairs wrong (0 right in 6): a
neighbourhood against its borough ("Raj Chohan, 59, of Queens" / "of College Point"), a surname
read as a town ("Palin's Church" / "Alaska Gov. Sarah Palin", Palin being a town of Guatemala),
two rehab clinics of one story checked into one after the other ("checked into rehab in Newport
Beach" / "is moving to a rehab facility in Malibu"). Three rules a reader applies:

- a word the same article uses as a person's name is not a place there, unless a locative word
  places something at it ("in Palin"): "Palin's Church" is the governor's church;
- a place and a district of the city beside it that dwarfs it (``part_of_city``), or one lying or
  perhaps lying in the other, are one place at two precisions, never two homes or two scenes;
- a place told as the end of a move ("moving to a facility in Malibu", "transferred to a
  hospital in Denver") is where a later stage goes: it answers another question than where
  something is or happened, and is set against no place but another such end.

Two places the gazetteer knows apart and told of one slot still clash: "the ferry sank off
Bali" / "the ferry sank off Lombok".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings.locations.locative import may_hold, part_of_city
from desktop.core.findings.locations.own_places import told_at_both
from desktop.core.lexicon.steps import MOVE_WORDS
from desktop.core.lexicon.victims import SPEECH_WORDS
from desktop.core.locations.places import is_region, nested
from desktop.core.model import MentionType
from desktop.core.naming.names import fold

# A name that speaks ("Palin said", "Palin told"); not "according", which follows anything.
SPEAKING_WORDS = SPEECH_WORDS & {"said", "says", "told", "tells"}

# How many words before a place its move's "to" may stand: "moving to [a rehab facility in]
# Malibu". Common phrasing, not fitted.
_MOVE_REACH = 6


def may_clash(a: tuple[Analysis, Fact], b: tuple[Analysis, Fact]) -> bool:
    """Two places told as where something is or happened may be two answers to one question:
    they are two places (``two_places``), not told as one by the articles' own words
    (``told_at_both``), and both or neither end a move."""
    (left, fa), (right, fb) = a, b
    if not two_places(a, b) or told_at_both(a, b):
        return False
    return moved_to(left, fa) == moved_to(right, fb)


def two_places(a: tuple[Analysis, Fact], b: tuple[Analysis, Fact]) -> bool:
    """The two are places at all and not one place at two precisions: what any slot asks,
    a person's home as well as the event's scene. (An article placing the event at the other's
    home town says nothing of where the person lives, so ``told_at_both`` is not asked here.)"""
    (left, fa), (right, fb) = a, b
    if a_person_here(left, fa) or a_person_here(right, fb):
        return False
    return not one_place(fa.key, fb.key)


def one_place(a: str, b: str) -> bool:
    """One lies (or may lie: a county) in the other, or is a district the city beside it dwarfs
    ("College Point" / "Queens"): the same place at two precisions."""
    return nested(a, b) or may_hold(a, b) or part_of_city(a, b) or part_of_city(b, a)


@dataclass(frozen=True, slots=True)
class People:
    """What ``a_person_here`` reads of one article, gathered once: the word runs that end a
    person's name there ("palin", "sarah palin"), and its facts by key."""

    name_ends: frozenset[tuple[str, ...]]
    by_key: Mapping[str, tuple[Fact, ...]]


def people_of(analysis: Analysis) -> People:
    ends: set[tuple[str, ...]] = set()
    by_key: dict[str, list[Fact]] = {}
    for other in analysis.facts:
        by_key.setdefault(other.key, []).append(other)
        if other.type is MentionType.PERSON:
            named = fold(other.text).split()
            ends.update(tuple(named[-k:]) for k in range(1, len(named) + 1))
    return People(frozenset(ends), {k: tuple(v) for k, v in by_key.items()})


def a_person_here(analysis: Analysis, fact: Fact, people: People | None = None) -> bool:
    """The place's name is a person's name in this article, and nothing is placed in it here
    ("in Palin" would still be the town): the article writes it after a first name ("Sarah
    Palin"), or has it speak ("Palin told an assistant pastor", "Palin said"). A country or
    state that speaks ("Israel said") is its government, and still the country. ``people``:
    ``people_of(analysis)``, for a caller asking of many places of one article."""
    words = tuple(fold(fact.text).split())
    if not words or _in_it(analysis, fact):
        return False
    people = people if people is not None else people_of(analysis)
    if words in people.name_ends:
        return True  # a first name and this surname: "Sarah Palin"
    if is_region(fact.key):
        return False
    # "Palin told an assistant pastor": a town tells nobody
    return any(_speaks(analysis, other) for other in people.by_key.get(fact.key, ()))


def _in_it(analysis: Analysis, fact: Fact) -> bool:
    """Something is placed in it: "in Palin", "the town of Palin". Not "at", which a person
    takes as well ("directed at Palin")."""
    before = [t.lower for t in analysis.sentence_tokens[fact.sentence] if t.end <= fact.start]
    return before[-1:] in (["in"], ["inside"], ["of"])


def _speaks(analysis: Analysis, fact: Fact) -> bool:
    after = [t.lower for t in analysis.sentence_tokens[fact.sentence] if t.start >= fact.end]
    return after[:1] != [] and after[0] in SPEAKING_WORDS


def moved_to(analysis: Analysis, fact: Fact) -> bool:
    """The place ends a move: a word of moving, then "to", shortly before it ("is moving to a
    rehab facility in Malibu", "was transferred to Denver")."""
    before = [t.lower for t in analysis.sentence_tokens[fact.sentence] if t.end <= fact.start]
    reach = before[-_MOVE_REACH:]
    return any(
        word == "to" and i > 0 and reach[i - 1] in MOVE_WORDS for i, word in enumerate(reach)
    )
