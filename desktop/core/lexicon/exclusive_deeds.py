"""Deeds told in words whose outcomes exclude each other for one participant
(``findings/events/exclusive_deeds.py``): "the gunman was arrested" / "the gunman fled", "the
ship sank" / "the ship was towed to port", "charged with murder" / "charged with manslaughter".

Lowercase lemmas as the parse gives them. Each deed names the outcome it tells and who bears it:
the undergoer (a passive verb's subject, an active verb's object) or the doer (an intransitive
verb's subject: "Smith died", "the suspect fled").
"""

from __future__ import annotations

# Verbs whose undergoer bears the outcome: "X was arrested", "police arrested X".
UNDERGONE_DEEDS: dict[str, str] = {
    "kill": "dead", "murder": "dead",
    "injure": "hurt", "wound": "hurt", "hurt": "hurt",
    "arrest": "held", "detain": "held", "capture": "held", "apprehend": "held", "jail": "held",
    "release": "released", "free": "released",
    "tow": "towed",
}  # fmt: skip
# Verbs whose doer bears the outcome: "X died", "X fled", "the ship sank".
DONE_DEEDS: dict[str, str] = {
    "die": "dead", "survive": "alive",
    "flee": "free", "escape": "free",
    "sink": "sunk",
    "crash": "crashed",
}  # fmt: skip
# A landing excludes a crash only when it is told safe: a plane "landed in the river" crashed.
SAFE_LANDING_WORDS = frozenset(["safely", "safe", "normally", "incident"])
# Adjectives and phrases that tell a state of their subject: "was found dead", "remains at
# large", "is in custody".
STATE_WORDS: dict[str, str] = {"dead": "dead", "alive": "alive", "unhurt": "unhurt"}
# "at large", "in custody": a preposition and its noun.
STATE_PHRASES: dict[tuple[str, str], str] = {
    ("at", "large"): "free", ("in", "custody"): "held", ("into", "custody"): "held",
}  # fmt: skip
# Words that tell a hold still lasting ("remains in custody", "is still being held"): only such
# a hold excludes a release, since a man arrested may later be let go.
STILL_WORDS = frozenset(["still", "remain", "continue"])
# Outcomes one participant cannot have at once. A person arrested may later be released, and a
# man wounded may survive, so neither pair is here.
EXCLUSIVE_OUTCOMES: frozenset[frozenset[str]] = frozenset(
    frozenset(pair)
    for pair in (
        ("dead", "hurt"), ("dead", "alive"), ("dead", "unhurt"), ("hurt", "unhurt"),
        ("held", "free"), ("held still", "free"), ("held still", "released"),
        ("sunk", "towed"), ("crashed", "landed"),
        ("charged murder", "charged manslaughter"),
        ("charged murder", "charged attempted murder"),
        ("charged manslaughter", "charged attempted murder"),
    )
)  # fmt: skip
# The grades of a killing a charge names: one charge of one killing is one of them.
CHARGE_GRADES = frozenset(["murder", "manslaughter"])
# Words on a verb that leave its deed undone or only supposed: "could be charged", "tried to
# flee", "if he is released", "until he was arrested".
UNDONE_WORDS = frozenset(
    ["could", "would", "may", "might", "should", "must", "will", "shall", "can", "to", "if",
     "unless", "whether", "until"]
)  # fmt: skip
# Nouns that name one participant by the part they played or the thing they are: two articles'
# "the gunman" in two aligned sentences is one man, as "the ship" is one ship.
ONE_PARTICIPANT_NOUNS = frozenset(
    ["gunman", "shooter", "suspect", "attacker", "assailant", "bomber", "robber", "driver",
     "pilot", "victim", "captain", "hijacker", "killer", "stabber", "motorist", "fugitive",
     "ship", "vessel", "boat", "ferry", "tanker", "freighter", "yacht", "plane", "aircraft",
     "jet", "airliner", "helicopter"]
)  # fmt: skip
# Adverbs that put an outcome after another one: "the victim later died" tells a sequence.
LATER_WORDS = frozenset(["later", "subsequently", "eventually", "then", "finally", "since"])
# Outcomes of a named person the people cards already set apart ("What happened to ...",
# persons/people.py EXCLUSIVE_STATUSES): left to them, so one clash is not told twice.
CARD_OUTCOMES = frozenset(["dead", "hurt"])
