"""Counts of one thing an article gives place by place: "at least 22 houses were badly damaged in
the district" ... "10 houses were damaged in Takengon"; "killed 170,000 people in the province
and tens of thousands more in countries around the Indian Ocean".

Each such count is the part of the toll in its place, not the whole toll the other article may give
("Around 40 houses were damaged by the quake", "killed 230,000 people across Asia"): it contradicts
a count of the whole only by being larger (findings/locations/place_part_counts.py). A count with no
place of its own stays the whole; so does one the article gives for a single place only ("five
people were killed in Dayton").
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, Any

from desktop.core.lexicon.settlements import SETTLEMENT_NOUNS

if TYPE_CHECKING:
    from desktop.core.extraction.facts import Fact

# Prepositions that set the place a count is made in.
_SCOPING = frozenset(["in", "across", "throughout"])
# Two counts of one thing this many sentences apart or closer are read as one tally by place;
# further apart they may be two stories' counts (this story's and last year's).
# Not fitted: the one sentence the two tallies of the dev example span.
PLACE_PARTS_REACH = 1


def count_scope(span: Any) -> str:
    """The place a count is made in ("in Takengon" -> "takengon"), or ""."""
    noun = span.root.head if span.root.dep_ == "nummod" else span.root
    holders = [noun]
    if noun.dep_ == "conj":
        holders.append(noun.head.head)  # "170,000 people ... and tens of thousands more in ..."
    elif noun.dep_ in ("nsubj", "nsubjpass", "dobj"):
        holders.append(noun.head)
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ not in _SCOPING:
                continue
            place = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if place is not None and place.pos_ in ("PROPN", "NOUN"):
                return _joined(place)
    return ""


def _joined(place: Any) -> str:
    """ "in Turkey and Syria": places joined by "and" are one scope made of all of them, so a
    count made there is the whole a count "in Turkey" alone is part of, never that part."""
    places = [place, *(c for c in place.children if c.dep_ == "conj" and c.pos_ == "PROPN")]
    return " and ".join(_named(p).lemma_.lower() for p in places)


def _named(place: Any) -> Any:
    """ "in the town of Simav": a noun of a kind of settlement with its name after "of" is the
    place of that name, as "in Simav" is."""
    if place.lemma_.lower() not in SETTLEMENT_NOUNS:
        return place
    for prep in place.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            name = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if name is not None and name.pos_ == "PROPN":
                return name
    return place


def count_verb(span: Any) -> str:
    """The verb whose count this is ("damaged" for "10 houses were damaged"), or ""."""
    noun = span.root.head if span.root.dep_ == "nummod" else span.root
    if noun.dep_ == "conj":
        noun = noun.head
    head = noun.head
    return head.lemma_.lower() if head.pos_ in ("VERB", "AUX") else ""


def mark_place_parts(facts: list[Fact]) -> None:
    """Counts of one thing by one verb, made in two or more places near each other: parts by
    place."""
    # A past event's tolls place by place ("In 2004 a tsunami killed 170,000 people in the
    # province and tens of thousands more in ...") are parts of that event's whole, never of
    # the story's: each group keeps to one of them.
    groups: dict[tuple[str, str, bool], list[Fact]] = defaultdict(list)
    for fact in facts:
        if fact.number is not None and fact.scope and fact.scope_verb:
            groups[fact.scope_verb, fact.counted, fact.other_event].append(fact)
    for group in groups.values():
        for fact in group:
            if any(
                other.scope != fact.scope
                and abs(other.sentence - fact.sentence) <= PLACE_PARTS_REACH
                for other in group
            ):
                fact.by_place = True
