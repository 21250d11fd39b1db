"""Words that say whose age an article gives (``findings/lone_ages.py``): the doer of the harm,
the kind of person aged, and the counts that tell of several people harmed. Lowercase lemmas."""

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
