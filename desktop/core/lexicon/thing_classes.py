"""Nouns and verbs that name one thing at two levels or in two words, for a figure or a date each
article gives in sentences no alignment pairs (findings/bookkeeping/apart_facts.py): "two cars" /
"the two vehicles", "4,800 people" / "a population of 4,800", "attacked her" / "a conviction of
assault". A verb and its noun need no entry: the slot gives both as one lemma ("recharged" /
"recharges"). Lowercase lemmas as the slot gives them (after ``SLOT_SYNONYMS``), each to the class
it names. Common usage, not fitted."""

from __future__ import annotations

THING_CLASSES: dict[str, str] = {
    # the people of a place, counted ("for 4,800 people" / "the town's 4,800 residents"; the
    # slot already folds residents and inhabitants into "population")
    "people": "population", "person": "population", "population": "population",
    # a car is a vehicle, told at the general level in the police's words
    "car": "vehicle", "vehicle": "vehicle", "automobile": "vehicle", "sedan": "vehicle",
    # an attack on a person, told as the deed or as the charge it became
    "attack": "assault", "assault": "assault",
    # a run of killings told as a spree or a rampage ("the March 2005 shooting spree" / "the
    # March 2005 rampage"), and who hosts a ceremony, its host or its emcee
    "spree": "rampage", "rampage": "rampage", "emcee": "host", "host": "host",
    # a chamber's seats counted by the districts that each return one ("125 parliamentary
    # seats" / "125 constituencies"): election copy gives the one count in either word
    "seat": "seat", "constituency": "seat",
}  # fmt: skip

# Words a date is made of, which say when and never what happened: "last week" hangs on "week".
DATE_WORDS = frozenset(
    ["week", "weekend", "month", "year", "day", "night", "morning", "afternoon", "evening",
     "today", "yesterday", "tonight", "season", "p.m.", "a.m.", "time", "date", "last", "next",
     "early", "late", "ago"]
)  # fmt: skip
