"""Word lists for what happened to a person and when: the people cards' and the timeline's cues.

Kept together here until they join ``lexicon``; lemmas, lowercase.
"""

from __future__ import annotations

# A person as the passive subject of these verbs had it done to them ("was killed", "was arrested").
PASSIVE_STATUS: dict[str, str] = {
    "kill": "killed",
    "slay": "killed",
    "murder": "killed",
    "wound": "injured",
    "injure": "injured",
    "hurt": "injured",
    "hospitalize": "injured",
    "hospitalise": "injured",
    "arrest": "arrested",
    "detain": "arrested",
    "apprehend": "arrested",
    "book": "arrested",
    "jail": "arrested",
    "charge": "charged",
    "indict": "charged",
}

# A person as the subject of these verbs: "Smith died", "Smith told reporters".
SUBJECT_STATUS: dict[str, str] = {
    "die": "killed",
    "say": "quoted",
    "tell": "quoted",
    "add": "quoted",
    "explain": "quoted",
    "recall": "quoted",
}

# A person as the object of these verbs: "police arrested Smith", "killing Smith".
OBJECT_STATUS: dict[str, str] = {
    "kill": "killed",
    "murder": "killed",
    "slay": "killed",
    "wound": "injured",
    "injure": "injured",
    "arrest": "arrested",
    "detain": "arrested",
    "charge": "charged",
}

# Words beside "was shot" that make the shooting fatal ("shot dead", "fatally shot").
FATAL_WORDS = frozenset({"dead", "fatally", "death", "killed"})

# "was found dead", "was pronounced dead", "is missing": an adjective complement that is a status.
COMPLEMENT_STATUS: dict[str, str] = {
    "dead": "killed",
    "missing": "missing",
    "hospitalized": "injured",
    "hospitalised": "injured",
}

# "remains in critical condition", "is in a coma": the state of someone hurt and alive.
CONDITION_WORDS = frozenset({"condition", "coma"})

# "suffered a gunshot wound": what a hurt person suffers.
INJURY_NOUNS = frozenset({"wound", "injury", "injuries", "wounds"})

# Nouns for the dead: "the deceased was identified as Smith".
DEAD_NOUNS = frozenset({"deceased", "dead"})

# Custody and charges said without the verbs above.
CUSTODY_WORDS = frozenset({"custody"})

# Relative time phrases a date parser does not place: ordered after the entry before them.
RELATIVE_TIME = (
    "hours later",
    "minutes later",
    "days later",
    "moments later",
    "shortly after",
    "shortly before",
    "hours earlier",
    "earlier in the day",
    "later that day",
    "later that night",
    "the next day",
    "the following day",
    "last week",
    "last month",
    "earlier this week",
    "earlier this month",
    "this week",
)
