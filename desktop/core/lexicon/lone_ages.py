"""Words that say whose age an article gives (``findings/persons/lone_ages.py``): the doer of the
harm, the kind of person aged, and the counts that tell of several people harmed. Lowercase
lemmas."""

from __future__ import annotations

# The one who did the harm, or a person the clause adds to those told before ("another 20-year-old
# man"): an age beside one of these is never the victim's.
DOER_NOUNS = frozenset(
    ["gunman", "shooter", "attacker", "assailant", "robber", "killer", "suspect", "another",
     "other", "also"]
)  # fmt: skip

# Nouns that give the same kind of person: "a 24-year-old man" and "a 25-year-old male" may be
# one man; "the victim", "the person" say nothing of the kind ("" here), like a bare name.
KINDS_OF_PERSON: dict[str, str] = {
    **dict.fromkeys(["man", "men", "male", "gentleman"], "male"),
    **dict.fromkeys(["woman", "women", "female", "lady"], "female"),
    **dict.fromkeys(["teen", "teenager", "juvenile", "youth"], "teen"),
    **dict.fromkeys(["child", "kid"], "child"),
    **dict.fromkeys(["toddler", "baby", "infant"], "child"),
    **dict.fromkeys(["victim", "person", "people", "individual", "resident"], ""),
}  # fmt: skip

# The kinds a noun of no kind ("the victim, 25", "Smith, 25") may be: a plain person, never a
# role ("his 26-year-old girlfriend", "a 67-year-old neighbor"), who is someone beside the victim.
PLAIN_KINDS = frozenset(["male", "female", "teen", "child", "boy", "girl"])

# A figure's slot words that count people harmed: "two dead", "five injured", "three shot".
HARMED_COUNT_SLOTS = frozenset(["death", "injury", "shoot", "victim", "kill", "wound"])

# The slot words of a sentence that says the person aged was harmed: "Lane, 53, died at the
# scene", "Smith, 24, was killed". Not "shoot": "Ruiz, 67, heard the shots" harms no one.
HARMED_WORDS = frozenset(["death", "kill", "injury", "wound", "victim", "die"])

# --- findings/persons/told_age_ranges.py: an age told at the precision of a decade of life ("a man
# in his early 60s" for "62-year-old Roland Scobee"). Each part of a decade holds these last digits;
# the parts overlap by one, as writers round "63" to early or to mid. "teens" are 13 to 19.
DECADE_PARTS: dict[str, tuple[int, int]] = {
    "": (0, 9),  # "in his 60s"
    "early": (0, 4),
    "mid": (3, 7),
    "late": (6, 9),
}
TEENS = (13, 19)
# Possessives before such a decade that make it a person's age ("in his early 60s"); "the 1960s"
# or "temperatures in the 60s" are no one's age.
AGE_POSSESSIVES = frozenset(["his", "her", "their"])
