"""The step of a story a place tells: "arrested in Dallas", "arraigned in Dallas", "a vigil was
held in Arlington", "booked into the county jail in Fort Worth".

A follow-up story tells where the suspect was caught, where he faces a judge and where the
mourners gathered, as well as where the shots were fired; these are often different towns. A
place hangs on the verb its preposition attaches to, through the nouns between ("arrested a man
in Dallas"); a word of a later step there makes the place that step's. A word of the harm on the
way ("arrested in the killing of a man in Fort Worth", "a man who was shot in Fort Worth") makes
it the event's, and so does a verb of no known step: most places of a shooting story are its
scene, and an unknown one is compared as before.
"""

from __future__ import annotations

from typing import Any

from desktop.core.lexicon import INCIDENT_NOUNS
from desktop.core.lexicon.steps import CAUGHT_VERBS, DAY_STEPS, HELD_HAPPENINGS, PLACE_STEP_NOUNS

EVENT_STEP = ""  # the event itself, or a step no word tells

# How many words up the parse a place is followed to its verb ("arrested [a man] [in] Dallas").
_REACH = 6


def place_step(span: Any) -> str:
    """The later step ("arrest", "court", "release", "mourning", "hold") a place tells, or
    ``EVENT_STEP``. Only a place after a preposition is followed: "a Dallas man", "Dallas police"
    say whose, not where anything happened."""
    word = span.root
    if word.dep_ != "pobj":
        return EVENT_STEP
    for _ in range(_REACH):
        if word.head.i == word.i:
            return EVENT_STEP
        word = word.head
        lemma = word.lemma_.lower()
        if lemma in INCIDENT_NOUNS or DAY_STEPS.get(lemma) == "event":
            return EVENT_STEP  # "in the killing of a man in Fort Worth"
        if word.pos_ in ("VERB", "AUX"):
            return _verb_step(word)
        if lemma in PLACE_STEP_NOUNS:
            return PLACE_STEP_NOUNS[lemma]  # "the county jail in Fort Worth"
    return EVENT_STEP


def _verb_step(verb: Any) -> str:
    lemma = verb.lemma_.lower()
    step = DAY_STEPS.get(lemma, EVENT_STEP)
    if step == "hold":
        # "held in the Dallas County jail", "a vigil was held in Arlington" are later steps;
        # "a vote was held in Ohio" is a happening of its own, told where it was.
        objects = {c.lemma_.lower() for c in verb.children if c.dep_ in ("nsubjpass", "dobj")}
        return EVENT_STEP if objects & HELD_HAPPENINGS else step
    if step:
        return step
    if lemma in CAUGHT_VERBS and any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return "arrest"  # "was caught in Houston"; not "caught fire in the kitchen"
    # "taken into custody in Dallas", "ordered held in jail": the step is the verb's object.
    for child in verb.children:
        nouns = [child, *(c for c in child.children if c.dep_ == "pobj")]
        for noun in nouns:
            if noun.lemma_.lower() in PLACE_STEP_NOUNS:
                return PLACE_STEP_NOUNS[noun.lemma_.lower()]
    return EVENT_STEP
