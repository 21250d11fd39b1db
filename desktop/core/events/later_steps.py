"""Days of a later step of the story: an arrest, a charge, a release, a death days after.

"arrested Monday", "sentenced to life in prison Thursday", "died of his injuries Sunday": the
day dates what followed the event, so it never clashes with the event's own day. Read by
``extraction.date_facts``.
"""

from __future__ import annotations

from typing import Any

from desktop.core.events.dated_words import SUBJECTS, dated_path, dated_verb
from desktop.core.events.later_happenings import followed_by_another
from desktop.core.events.step_objects import after_its_object
from desktop.core.lexicon import (
    INCIDENT_NOUNS,
    LATER_DEATH_CAUSES,
    LATER_STEP_NOUNS,
    LATER_STEP_VERBS,
    TAKEN_TO_NOUNS,
)
from desktop.core.lexicon.steps import (
    CUSTODY_PLACES,
    CUSTODY_STEPS,
    HELD_HAPPENINGS,
    QUAKE_STEPS,
    TOLL_STEPS,
)

# How many words may stand between a later step's verb and its day: "was arrested on Monday" (2),
# "arrested Monday at the county jail" (1). GVC tune: a day five or more words off was the
# parser's attachment of the shooting's own day ("... at a home in Cedar Rapids on March 18").
LATER_STEP_REACH = 3


def later_step(span: Any) -> bool:
    """The day dates a later step of the story ("arrested Monday", "sentenced to life in prison
    Thursday", "charged on Friday"), not the event itself: a day of the shooting never clashes
    with a day of the arrest. A day the parser hangs on the verb through a preposition counts
    only next to it: "arrested ... in the shooting death of a boy at a home on March 18" is the
    parser's guess at where the day belongs, and the day is the shooting's."""
    verb, through_preposition = dated_path(span)
    subjects = {c.lemma_.lower() for c in verb.children if c.dep_ in SUBJECTS}
    # A passive's agent is its doer: "followed by several aftershocks on Monday".
    agents = _objects_of(verb, ("by",), ("agent",))
    subjects |= {o.lemma_.lower() for o in agents}
    objects = {c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"}
    # "gathered for a vigil Saturday night": what the people came for is the step.
    objects |= {o.lemma_.lower() for o in _objects_of(verb, ("for",))}
    # "was taken into custody Wednesday": where the verb takes someone is the step
    objects |= {o.lemma_.lower() for o in _objects_of(verb, ("into",))} & CUSTODY_PLACES
    if verb.dep_ == "acl":
        objects.add(verb.head.lemma_.lower())  # "according to charges filed Friday"
    if _turned_in(verb) or _death_after_harm(verb) or _stated_time_after(verb, span):
        return True
    if _discharged_from_care(verb) or followed_by_another(verb):
        return True
    if _holds_a_happening(verb):
        return False  # "a vote will be held Thursday": the vote's own day
    if subjects & TOLL_STEPS:
        return True  # "The death toll rose to 15 on Monday": the whole clause counts the dead
    if (
        verb.lemma_.lower() not in _STEP_WORDS
        and not subjects & _STEP_WORDS
        and not objects & (LATER_STEP_NOUNS | CUSTODY_PLACES)
    ):
        # ... or the step is the verb's subject or object: "the trial starts Monday", "a vigil
        # is Friday", "filed charges Friday against the man"
        return False
    # The day stands next to the step, be it the verb or the agent that names it.
    steps = [verb.i, *(o.i for o in agents if o.lemma_.lower() in _STEP_WORDS)]
    distance = min(min(abs(i - span.start), abs(i - (span.end - 1))) for i in steps)
    return not through_preposition or distance <= LATER_STEP_REACH or after_its_object(verb, span)


def _stated_time_after(verb: Any, span: Any) -> bool:
    """ "remained closed Wednesday, two days after a gunman killed two people", "on Friday, a
    week after the shooting": the sentence itself says its day comes a stretch of time after the
    harm, so the day is a later step's, never the harm's. A day set after something else ("shot
    Saturday, a day after a fight") is left alone."""
    for word in (verb, span.root):
        for child in word.children:
            if child.lower_ == "after":  # "a week after the shooting"
                after, harm = child, [o for o in child.children if o.dep_ == "pobj"]
            elif child.dep_ == "advcl" and any(m.lower_ == "after" for m in child.children):
                after, harm = child, [child]  # "two days after a gunman killed two people"
            else:
                continue
            stretched = any(
                g.dep_ == "npadvmod" and g.lemma_.lower() in _STRETCHES for g in after.children
            )
            if stretched and any(_a_harm(h) for h in harm):
                return True
    return False


def _a_harm(word: Any) -> bool:
    lemma = word.lemma_.lower()
    return lemma in _HARM_VERBS or lemma == "kill" or lemma in INCIDENT_NOUNS


# Stretches of time a sentence counts from another happening: "two days after", "a week after".
_STRETCHES = frozenset({"minute", "hour", "day", "week", "month", "year", "night"})


def _objects_of(
    verb: Any, prepositions: tuple[str, ...], relations: tuple[str, ...] = ("prep",)
) -> list[Any]:
    return [
        o
        for c in verb.children
        if c.dep_ in relations and c.lower_ in prepositions
        for o in c.children
        if o.dep_ == "pobj"
    ]


def _discharged_from_care(verb: Any) -> bool:
    """ "was discharged from the hospital Tuesday", "she was discharged Tuesday": a patient let
    go is the release of "released from the hospital", a step after the event. Not a weapon
    discharged ("the officer discharged his firearm Tuesday"): that is the shooting itself."""
    if verb.lemma_.lower() != "discharge" or any(c.dep_ == "dobj" for c in verb.children):
        return False
    if _objects_of(verb, ("from",)):
        return True
    return any(c.dep_ == "nsubjpass" and c.pos_ in ("PRON", "PROPN") for c in verb.children)


def _turned_in(verb: Any) -> bool:
    """ "turned himself in on Sunday": to turn oneself in is to surrender, a step after the
    event."""
    return verb.lemma_.lower() == "turn" and any(
        c.dep_ == "dobj" and c.lower_.endswith(("self", "selves")) for c in verb.children
    )


def _death_after_harm(verb: Any) -> bool:
    """A death told as the end of a victim's course: "later died", "died of his injuries", "a
    girl who was shot ... died Sunday", and in a story of a shooting "a hospital where she died
    Sunday", "died Sunday at a hospital". The wounded may die days after the shots, so the day
    of such a death is not the day of the shooting. A death told plainly ("died Sunday in Los
    Angeles"), or at a hospital in a story that tells of no harm before (an actress "died
    Thursday night at a Los Angeles hospital"), is left to the event it may be."""
    if verb.lemma_.lower() not in ("die", "succumb"):
        return False
    if any(c.dep_ == "advmod" and c.lower_ == "later" for c in verb.children):
        return True
    places = _objects_of(verb, ("at", "in"))
    if verb.dep_ in ("relcl", "advcl") and verb.head.lemma_.lower() in TAKEN_TO_NOUNS:
        places.append(verb.head)  # "a hospital where she died Sunday"
    if any(p.lemma_.lower() in TAKEN_TO_NOUNS for p in places) and _harm_told_before(verb):
        return True
    causes = _objects_of(verb, ("of", "from", "to")) + [
        c for c in verb.children if c.dep_ == "dobj"
    ]
    if any(c.lemma_.lower() in LATER_DEATH_CAUSES for c in causes):
        return True
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    return any(
        r.dep_ == "relcl" and r.lemma_.lower() in _HARM_VERBS for s in subjects for r in s.children
    )


def _holds_a_happening(verb: Any) -> bool:
    """ "A vote on the measures will be held Thursday", "unions will hold a rally Friday": "hold"
    is a light verb here, and the day is that of the happening it holds, not of custody ("he
    was held Monday") nor of a later step ("a vigil was held Friday")."""
    if verb.lemma_.lower() != "hold":
        return False
    held = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")]
    return bool(held) and all(c.lemma_.lower() in HELD_HAPPENINGS for c in held)


# The words of a later step: the lexicon's steps of justice and a suspect's questioning.
_STEP_WORDS = LATER_STEP_VERBS | CUSTODY_STEPS | QUAKE_STEPS


# Verbs of the harm a victim dies of later: "a girl who was shot ... died Sunday".
_HARM_VERBS = frozenset({"shoot", "wound", "injure", "stab", "hit", "strike"})


def _harm_told_before(verb: Any) -> bool:
    """The article tells of a shooting or a wound before this sentence or in it, by a verb
    ("was shot") or by the harm's own noun ("dies after accidental shooting")."""
    return any(
        (t.lemma_.lower() in _HARM_VERBS and t.pos_ == "VERB")
        or (t.lower_ in _HARM_NOUNS and t.pos_ == "NOUN")
        for t in verb.doc[: verb.sent.end]
    )


# Nouns of the harm a victim may die of later: "dies after accidental shooting".
_HARM_NOUNS = frozenset({"shooting", "shootings", "stabbing", "stabbings", "gunshot"})


def later_death(span: Any) -> bool:
    """The day dates a victim's death at the end of a course of harm ("who was shot on Elm
    Street, died June 5 at a hospital"), whichever way the day is written: a death days after
    the shots is a later step of the story, never the shooting's day."""
    return _death_after_harm(dated_verb(span))
