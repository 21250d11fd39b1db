"""One label per name across both articles: the articles' majority, with the gazetteer's help,
then the rules of ``entity_types``. The small model types one name differently from sentence to
sentence ("Valencia" a person in a Title Case headline, a place in the body); a name keeps one
type in the whole comparison so its mentions link.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from desktop.core.extraction.facts import NAME_LABELS, RawEntity
from desktop.core.lexicon.aliases import ALIASES
from desktop.core.lexicon.demonyms import DEMONYMS
from desktop.core.locations.places import is_known_place, is_region
from desktop.core.naming.body_initials import spelled_bodies
from desktop.core.naming.body_short_names import body_short_names
from desktop.core.naming.entity_types import Evidence, multiword_people, vote_kind
from desktop.core.naming.names import fold, nationality_country
from desktop.core.naming.vessels import VESSEL_LABEL, vessel_names

KNOWN_PLACES = frozenset(DEMONYMS.values()) | frozenset(ALIASES.values()) - {
    "united nations",
    "european union",
    "north atlantic treaty organization",
}


def vote_labels(raws: Iterable[RawEntity], evidence: Evidence) -> dict[str, str]:
    """One label per string across both articles: the body's majority, with a gazetteer's help,
    then the rules of ``entity_types`` (full names before the surnames that follow them)."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    written: set[str] = set()
    spans = []
    for raw in raws:
        if raw.label in NAME_LABELS:
            counts[fold(raw.text)][raw.label] += 1
            written.add(raw.text)
            spans.append(raw.span)
    votes = _majority_labels(counts)
    # "INS Tabar", "the Tabar fired": a ship, no one and nowhere; settled before the rules below
    # so a ship's name lends no surname to a person ("Lisbon" after "INS Lisbon").
    ships = vessel_names(spans) & votes.keys()
    votes.update(dict.fromkeys(ships, VESSEL_LABEL))
    for names in (
        [n for n in counts if " " in n],
        [n for n in counts if " " not in n],
    ):
        people = multiword_people(votes)
        for name in names:
            if name in ships or votes[name] == "NORP" or _a_region(name):
                continue  # countries and states stay places: "Georgia", "Jordan"
            kind = vote_kind(name, counts[name], evidence, people)
            if kind is not None:
                votes[name] = kind
    # "Morningside Recovery", then "checked into Morningside": the bare word is the clinic's.
    votes.update(body_short_names(spans, votes))
    return spelled_bodies(votes, written)  # "FBI" beside "Federal Bureau of Investigation"


def _majority_labels(counts: dict[str, Counter[str]]) -> dict[str, str]:
    votes = {}
    for text, counter in counts.items():
        if text in DEMONYMS or nationality_country(text):
            votes[text] = "NORP"
        elif _a_region(text):
            votes[text] = "GPE"
        elif (counter["GPE"] or counter["LOC"]) and is_known_place(text):
            # The parser read it as a place at least once and the gazetteer knows the place:
            # "Valencia" in a Title Case headline is no person.
            votes[text] = "GPE"
        else:
            # Prefer names over organisations on ties: the small model over-uses ORG.
            order = {"PERSON": 0, "GPE": 1, "LOC": 2, "NORP": 3, "FAC": 4, "EVENT": 5, "ORG": 6}
            votes[text] = max(counter.items(), key=lambda kv: (kv[1], -order.get(kv[0], 9)))[0]
    return votes


def _a_region(name: str) -> bool:
    return name in KNOWN_PLACES or ALIASES.get(name) in KNOWN_PLACES or is_region(name)
