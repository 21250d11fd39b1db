"""What befell someone, said or denied (``findings/events/outcome_polarity.py``): "the driver was
not injured" / "the driver was injured", "Smith survived" / "Smith died".

Lowercase words as written. Each outcome is named by its words said plainly and by the words
that deny it: "survived" denies a death as "was not injured" denies a harm.
"""

from __future__ import annotations

# Participles after "was/were/has been": the outcome they tell when said, or denied by a "not".
OUTCOME_PARTICIPLES: dict[str, str] = {
    "injured": "hurt", "wounded": "hurt", "hurt": "hurt", "harmed": "hurt",
    "killed": "dead",
    "arrested": "held", "detained": "held",
}  # fmt: skip
# Verbs and adjectives that tell an outcome with no "was": "died" says a death, "survived" and
# "unhurt" deny one; each with the outcome and whether it is said (True) or denied (False).
OUTCOME_WORDS: dict[str, tuple[str, bool]] = {
    "died": ("dead", True),
    "survived": ("dead", False),
    "unhurt": ("hurt", False), "uninjured": ("hurt", False), "unharmed": ("hurt", False),
    "unscathed": ("hurt", False),
}  # fmt: skip
# Adverbs between the "not" and the participle that deny a degree or a moment of the outcome,
# not the outcome: "was not seriously injured", "was not immediately arrested".
DEGREE_ADVERBS = frozenset(
    ["seriously", "critically", "badly", "severely", "gravely", "fatally", "immediately",
     "initially", "yet", "officially", "formally", "physically", "mortally", "significantly"]
)  # fmt: skip
# Subjects that are no one person or that leave room for others: "no one", "nobody else",
# "others", "anyone".
LOOSE_SUBJECTS = frozenset(
    ["one", "nobody", "none", "anyone", "anybody", "everyone", "else", "other", "others",
     "another", "who", "which", "that", "they", "he", "she", "it", "many", "some", "all",
     "both", "people", "two", "three", "four", "five"]
)  # fmt: skip
