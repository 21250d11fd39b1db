"""Who fired the shots a count counts (findings/events/shooters.py): police, a defender, or anyone
else. Lowercase words."""

from __future__ import annotations

# Verbs of firing a figure of shots follows or precedes: "fired three shots", "fired five times",
# "squeezed off four rounds", "three shots were fired".
FIRING_VERBS = frozenset(
    ["fired", "fire", "fires", "firing", "shot", "shoot", "shoots", "shooting", "discharged",
     "unloaded", "emptied", "squeezed", "let"]
)  # fmt: skip
# What a count of shots counts: "three shots", "12 rounds", "five times", "nine bullets".
SHOT_UNITS = frozenset(
    ["shot", "shots", "round", "rounds", "time", "times", "bullet", "bullets", "volley", "volleys"]
)  # fmt: skip
# Those who fire for the law: "an officer fired five times", "deputies fired 12 rounds".
POLICE_SHOOTERS = frozenset(
    ["officer", "officers", "police", "policeman", "policemen", "policewoman", "deputy",
     "deputies", "trooper", "troopers", "agent", "agents", "sergeant", "detective", "detectives",
     "cop", "cops", "sheriff", "constable", "constables", "marshal", "marshals", "swat"]
)  # fmt: skip
# Those who fire back at an attacker: "the homeowner fired twice", "a clerk fired at the robber".
DEFENDER_SHOOTERS = frozenset(
    ["homeowner", "resident", "clerk", "guard", "guards", "owner", "shopkeeper", "bystander"]
)
# Anyone else who may fire: the attacker, or a person the sentence names by a common noun or a
# pronoun ("the man fired two shots", "he fired three times").
OTHER_SHOOTERS = frozenset(
    ["suspect", "suspects", "gunman", "gunmen", "shooter", "shooters", "assailant", "attacker",
     "robber", "robbers", "intruder", "burglar", "killer", "man", "woman", "teen", "teenager",
     "boy", "he", "she", "they", "driver", "passenger"]
)  # fmt: skip

# How many fired, told without a figure (findings/counts/shooter_counts.py): "a lone gunman", "a
# single shooter". The nouns name the one who fired and nobody else; "suspect" may name a driver
# or a lookout beside him.
FIRER_NOUNS = frozenset(["gunman", "shooter", "attacker", "assailant"])
FIRER_PLURALS = frozenset(["gunmen", "shooters", "attackers", "assailants"])
ALONE_WORDS = frozenset(["lone", "single", "sole"])
# Words that tell a second one who fired: "a second gunman", "another shooter", "both gunmen".
MORE_FIRER_WORDS = frozenset(["second", "another", "other", "both", "third"])
# People a count of people who opened fire counts: "two men opened fire".
FIRING_PEOPLE = frozenset(["man", "woman", "men", "women", "people", "gunman", "gunmen"])
# Words that describe the one who fired and are no participle: "two unknown men opened fire".
FIRER_ADJECTIVES = frozenset(["unknown", "young", "teenage", "male", "female", "suspected"])
