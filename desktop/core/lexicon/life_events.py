"""Verbs of the events of a person's life, whose "at 86" gives the person's age at them."""

from __future__ import annotations

# "died at 86", "passed away at 86", "succumbed at 86": the age at death, which in a story of a
# death is the person's age in the story.
DEATH_VERBS = frozenset({"die", "succumb", "perish"})

# "retired at 70", "married at 25", "enlisted at 17": the age at an earlier step of a life, a
# past age that only meets the other article's age at that same step. Kept to verbs a person
# alone does: "closed at 86", "finished at 86" are prices and scores.
LIFE_STEP_VERBS = frozenset(
    {"retire", "marry", "wed", "debut", "enlist", "emigrate", "graduate", "elope"}
)

# Subjects that stand for a person the sentence or the one before names.
PERSON_PRONOUNS = frozenset({"he", "she", "who"})

# The word forms that tell a person's birth or death, each of which happens in one place: "was born
# in Nashville", "died yesterday in Los Angeles" (findings/locations/life_places.py). Forms, not
# lemmas: "bear" is mostly "bear the cost", "death" mostly a toll.
LIFE_PLACE_FORMS: dict[str, str] = {
    "born": "birth",
    "died": "death",
    "dies": "death",
}

# careers39: the words that make a place a person's birthplace with no verb of birth: "a native of
# Seville", "the Birmingham native", "the Detroit-born fighter" (findings/locations/life_places.py).
# "Native" is the dictionary's person born in a place, as the obituary uses it.
NATIVE_WORDS = frozenset({"native"})
BORN_AFTER_PLACE = frozenset({"born", "native"})

# Prepositions that put what happened at a place: "born in", "died at a Melbourne hospital".
LIFE_PLACE_LOCATIVES = frozenset({"in", "at", "near"})

# "joined the department in 2017", "was hired in 2017", "enlisted in 2017": the year a membership
# began, which "has been with the department since 2019" dates too
# (findings/datetimes/spans/tenure_starts.py). Not "start": "started the fire in 2017" begins no
# membership.
TENURE_START_VERBS = frozenset({"join", "hire", "enlist", "rejoin"})

# The word forms that tie a place to one step of a life, beside the birth and the death above:
# "grew up in Chicago", "was raised in Detroit", "lived in Paris", "was buried in Queens". Two
# places tied to two different steps ("born in Detroit" / "grew up in Chicago") are two facts of
# one life, never one place told two ways (findings/persons/life_steps.py).
LIFE_STEP_PLACE_FORMS: dict[str, str] = {
    **LIFE_PLACE_FORMS,
    "grew": "upbringing",
    "raised": "upbringing",
    "reared": "upbringing",
    "lived": "home",
    "lives": "home",
    "resided": "home",
    "settled": "home",
    "moved": "move",
    "buried": "burial",
    "studied": "schooling",
    "graduated": "schooling",
}
