"""The status one verb gives a person: its subject's in either voice ("Smith was arrested",
"Smith died", "Smith remains hospitalized", "Smith killed himself") or its object's ("police
arrested Smith", "officers fatally shot Smith", "found Smith dead"). A denied verb gives none
("was not injured"), but "did not survive" is a death. ``person_status`` finds the verbs that
speak of a name; this module reads each one.
"""

from __future__ import annotations

from typing import Any

from desktop.core.lexicon.people import (
    BULLET_WORDS,
    COMPLEMENT_STATUS,
    DEATH_PHRASES,
    FATAL_WORDS,
    HELD_WORDS,
    HIT_VERBS,
    MISSED_WORDS,
    OBJECT_STATUS,
    PASSIVE_STATUS,
    RECOVERY_VERBS,
    REFLEXIVES,
    SHOT_VERBS,
    SUBJECT_STATUS,
    SURRENDER_PHRASES,
    SURVIVE_VERBS,
)
from desktop.core.persons.person_states import (
    denied,
    fatal_wound,
    from_objects,
    hurt,
    in_condition,
    in_custody,
    own_death,
    to_hospital,
    with_injury,
)

# Labels of a verb's complement that can carry a status ("found dead", "remains hospitalized").
_COMPLEMENTS = frozenset({"acomp", "oprd", "attr", "advmod", "xcomp"})


def object_status(verb: Any) -> str | None:
    lemma = verb.lemma_.lower()
    if lemma == "gun" and any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children):
        return "killed"  # "gunned down Belford"
    if lemma == "shoot" and any(
        c.dep_ in ("advcl", "conj") and c.lemma_.lower() == "kill" for c in verb.children
    ):
        return "killed"  # "shot Scobee, killing him"
    if in_custody(verb):
        return "arrested"  # "officers took Smith into custody"
    if lemma in SHOT_VERBS and any(c.lower_ in FATAL_WORDS for c in verb.children):
        return "killed"  # "officers fatally shot Smith"
    if lemma in HIT_VERBS and any(
        s.lemma_.lower() in BULLET_WORDS for s in verb.children if s.dep_ == "nsubj"
    ):
        return "injured"  # "a stray bullet struck Smith in the leg"
    for c in verb.children:
        if c.dep_ in _COMPLEMENTS | {"ccomp"} and c.lower_ in COMPLEMENT_STATUS:
            return COMPLEMENT_STATUS[c.lower_]  # "found Smith dead", "left Smith dead"
    if lemma not in OBJECT_STATUS and with_injury(verb):
        return "injured"  # "officers found Smith with a gunshot wound"
    return OBJECT_STATUS.get(lemma)


def _active_perfect(verb: Any) -> bool:
    """ "is alleged to have shot his mother": a perfect with "have" and no "been" is active."""
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return "have" in auxes and "been" not in auxes


def _reflexive(verb: Any) -> bool:
    return any(c.lower_ in REFLEXIVES for c in verb.children)


def has_subject(verb: Any) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def verb_status(verb: Any, passive: bool) -> str | None:
    """The status a verb gives its subject, in either voice; none when the verb is denied ("was
    not injured", "has not been charged"), but "did not survive" is a death."""
    status = _affirmed_status(verb, passive)
    return None if status and denied(verb) else status


def _affirmed_status(verb: Any, passive: bool) -> str | None:
    state = _state_status(verb)
    if state:
        return state
    lemma = verb.lemma_.lower()
    if passive:
        if lemma in SHOT_VERBS and _near(verb) & FATAL_WORDS:
            return "killed"  # "shot dead", "fatally shot", "fatally gunned down"
        if lemma == "hold" and {c.lower_ for c in verb.subtree} & HELD_WORDS:
            return "arrested"  # "is being held without bond", "held at the county jail"
        if lemma == "gun" and any(c.lower_ == "down" for c in verb.children):
            return "killed"  # "was gunned down outside his home"
        if lemma in SURVIVE_VERBS and any(c.dep_ == "agent" for c in verb.children):
            return "killed"  # "is survived by his wife and two sons"
        agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children]
        if lemma in SHOT_VERBS and any(g.lemma_.lower() in BULLET_WORDS for g in agents):
            return "injured"  # "was struck by gunfire", "was grazed by a bullet"
        if lemma in HIT_VERBS and not any(c.lower_ in MISSED_WORDS for c in verb.children):
            return "injured"  # "was shot in the back"; never "was shot at"
        return PASSIVE_STATUS.get(lemma)
    children = list(verb.children)
    particles = {c.lower_ for c in children if c.dep_ in ("prt", "prep", "advmod")}
    if any((lemma, p) in DEATH_PHRASES for p in particles):
        return "killed"  # "passed away"
    if _reflexive(verb) and any((lemma, p) in SURRENDER_PHRASES for p in particles):
        return "arrested"  # "Wilson turned himself in", "Conley gave himself up"
    if _reflexive(verb) and lemma in OBJECT_STATUS:
        return OBJECT_STATUS[lemma]  # "Verner killed himself"
    if own_death(verb):
        return "killed"  # "committed suicide", "took his own life", "turned the gun on himself"
    if lemma == "face" and any(c.lemma_.lower() == "charge" for c in children):
        return "charged"
    if hurt(lemma, children + from_objects(verb)):
        # "suffered a gunshot wound", "suffering from a wound", "underwent surgery"; "suffered
        # fatal injuries"
        return "killed" if fatal_wound(children) else "injured"
    return SUBJECT_STATUS.get(lemma)


def _near(verb: Any) -> set[str]:
    """The words of the verb's subtree within three tokens of it: read only for a verb of
    shooting (the subtree of a clause's verb may be its whole sentence)."""
    return {c.lower_ for c in verb.subtree if c.i != verb.i and abs(c.i - verb.i) <= 3}


def _state_status(verb: Any) -> str | None:
    """A state the verb's subject is in, whatever the verb: a status complement, a condition, a
    wound, custody, survival."""
    children = list(verb.children)
    for c in children:
        if c.dep_ in _COMPLEMENTS and c.lower_ in COMPLEMENT_STATUS:
            return COMPLEMENT_STATUS[c.lower_]  # "was found dead", "is missing"
        if c.dep_ in _COMPLEMENTS and c.tag_ in ("VBN", "VBG") and c.i != verb.i:
            # "was found murdered", "found shot to death"; "was found suffering from a gunshot
            # wound", "was found lying in the street with gunshot wounds"
            done = verb_status(c, passive=c.tag_ == "VBN" and not _active_perfect(c))
            if done and done != "quoted":
                return done
    if in_condition(verb) or (
        verb.lemma_.lower() == "release" and any(g.lower_ == "hospital" for g in from_objects(verb))
    ):
        return "injured"  # "remains in critical condition", "was released from the hospital"
    # With an object the wound or the custody is the object's: "Dr. Lee treated Ann for wounds".
    has_object = any(c.dep_ == "dobj" for c in children)
    if (with_injury(verb) or to_hospital(verb)) and not has_object:
        return "injured"  # "was taken to a hospital with a gunshot wound", "treated for wounds"
    if in_custody(verb) and not has_object:
        return "arrested"  # "remains in custody", "was booked into the county jail"
    # "Smith survived" alone may be unhurt; "is expected to survive" is not.
    expected = [c for c in children if c.dep_ == "xcomp" and c.lemma_.lower() in RECOVERY_VERBS]
    recovers = verb.lemma_.lower() == "recover"
    if (expected or recovers) and not has_object:
        return "injured"  # "is recovering at a hospital", "is expected to survive"
    if verb.lemma_.lower() in SURVIVE_VERBS and any(c.dep_ == "neg" for c in children):
        return "killed"  # "was rushed to a hospital but did not survive"
    if verb.lemma_.lower() in SURVIVE_VERBS and any(
        v.lemma_.lower() in SHOT_VERBS for v in [verb.head, *verb.conjuncts] if v.i != verb.i
    ):
        return "injured"  # "was shot in the leg but survived"
    return None
