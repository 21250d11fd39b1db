"""Whose population a figure counts: "Warsaw, a city of 1.8 million", "the country's 38 million
people", "About 9 million people live in Lima", "Algiers has a population of 4.5 million".

A story about a country names its capital's people and the country's in one breath; the two
figures count two populations, never one told twice. A population is owned by the place it is
of, in or home to, or by the noun of place that holds it ("the capital's", "a nation of"). Two
figures of two owners never clash: two named places ("Lima" / "Peru", though Lima lies in Peru),
or a city and a country by their nouns ("the capital's 4.5 million" / "the country's 38
million"). A named place and a noun of its own rank may be one owner ("Algiers" / "the
capital's") and are compared; so are two figures of one place ("Port-au-Prince" twice).
"""

from __future__ import annotations

from typing import Any

from desktop.core.extraction.parse_cache import parsed_entities
from desktop.core.locations.places import is_known_place, is_region
from desktop.core.naming.names import place_key

# Nouns a population figure counts: "1.8 million people", "38 million residents".
POPULATION_NOUNS = frozenset(
    ["people", "person", "resident", "inhabitant", "citizen", "soul", "population", "dweller"]
)
# Nouns of a place that holds a population, by rank: a town's people are never a country's.
PLACE_NOUN_RANKS = {
    "city": "city",
    "capital": "city",
    "town": "city",
    "village": "city",
    "metropolis": "city",
    "country": "country",
    "nation": "country",
    "state": "region",
    "province": "region",
    "region": "region",
    "governorate": "region",
}
# Verbs that put a population in a place: "9 million people live in Lima".
_DWELLING_VERBS = frozenset(["live", "reside", "dwell"])
# Entity labels of a place the tagger may give a town ("Port-au-Prince" as a facility).
_PLACE_LABELS = frozenset(["GPE", "LOC", "FAC"])


def population_owner(span: Any) -> str:
    """ "place:<key>" for a named place, "rank:<city|country|region>" for a noun of place, or ""
    when the figure counts no population."""
    root = span.root
    counted = root.head if root.dep_ == "nummod" else root
    if counted is not root and counted.lemma_.lower() not in POPULATION_NOUNS:
        return ""  # "500 homes", "40 soldiers": not a place's people
    owner = _possessor(counted)
    if owner is None and counted.dep_ == "pobj" and counted.head.lower_ in ("of", "to"):
        holder = counted.head.head
        if counted.head.lower_ == "to" and holder.lower_ == "home":
            owner = _referent(holder)  # "Kabul, home to 5 million", "Lima is home to 9 million"
        elif holder.lemma_.lower() in PLACE_NOUN_RANKS:
            owner = holder  # "a city of 1.8 million", "the country of 38 million"
        elif holder.lemma_.lower() == "population":
            owner = _population_place(holder)  # "a population of 4.5 million"
    if owner is None and counted.dep_ in ("nsubj", "attr"):
        verb = counted.head
        if counted.dep_ == "nsubj" and verb.lemma_.lower() in _DWELLING_VERBS:
            owner = _place_after(verb, "in")  # "9 million people live in Lima"
        elif counted.dep_ == "attr" and verb.lemma_.lower() == "be":
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.lemma_.lower() == "population":
                owner = _population_place(subject)  # "The population of Haiti is 11 million"
    return _owner_key(owner) if owner is not None else ""


def two_populations(a: str, b: str) -> bool:
    """Two owners of a population that cannot be one: two named places, two ranks of place, or a
    named place and a noun of another rank ("Algeria" / "the capital's")."""
    if not a or not b or a == b:
        return False
    kind_a, _, what_a = a.partition(":")
    kind_b, _, what_b = b.partition(":")
    if kind_a == kind_b:
        return True
    named, rank = (what_a, what_b) if kind_a == "place" else (what_b, what_a)
    if rank == "region":
        return False  # "the region's" may be the province the article names
    return ("country" if is_region(named) else "city") != rank


def _possessor(noun: Any) -> Any | None:
    """ "the capital's 4.5 million residents", "Kenya's 50 million people"."""
    return next((c for c in noun.children if c.dep_ == "poss"), None)


def _referent(noun: Any) -> Any | None:
    """The place a noun set beside it stands for: "Kabul, home to ..." (an apposition or the
    subject of "is home to")."""
    if noun.dep_ in ("appos", "advmod", "npadvmod") and noun.head.i != noun.i:
        return noun.head
    if noun.dep_ == "attr":
        return next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    return None


def _population_place(population: Any) -> Any | None:
    """ "the population of Haiti", "Haiti's population", "Algiers has a population"."""
    owner = _possessor(population) or _place_after(population, "of")
    if owner is None and population.dep_ == "dobj" and population.head.lemma_.lower() == "have":
        owner = next((c for c in population.head.children if c.dep_ == "nsubj"), None)
    return owner


def _place_after(word: Any, preposition: str) -> Any | None:
    """The object of the word's preposition, unless a figure ("a population of 4.5 million")."""
    for prep in word.children:
        if prep.dep_ == "prep" and prep.lower_ == preposition:
            found = next((c for c in prep.children if c.dep_ == "pobj"), None)
            return None if found is None or found.pos_ == "NUM" else found
    return None


def _owner_key(owner: Any) -> str:
    """A named place's key, or the rank of a noun of place ("The capital Nairobi" is Nairobi)."""
    if owner.ent_type_ in _PLACE_LABELS or (owner.pos_ == "PROPN" and is_known_place(owner.text)):
        ent = next((e for e in parsed_entities(owner.doc) if e.start <= owner.i < e.end), None)
        return "place:" + place_key(ent.text if ent is not None else owner.text)
    if owner.dep_ == "compound" and owner.head.ent_type_ in _PLACE_LABELS:
        return _owner_key(owner.head)  # "the capital Nairobi"
    named = next((c for c in owner.children if c.dep_ == "appos" and c.ent_type_), None)
    if named is not None and named.ent_type_ in _PLACE_LABELS:
        return _owner_key(named)  # "the capital, Nairobi,"
    rank = PLACE_NOUN_RANKS.get(owner.lemma_.lower())
    if rank is None:
        return ""
    if owner.dep_ == "appos" and owner.head.ent_type_ in _PLACE_LABELS:
        return _owner_key(owner.head)  # "Warsaw, a city of 1.8 million"
    return "rank:" + rank
