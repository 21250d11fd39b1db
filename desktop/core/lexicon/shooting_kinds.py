"""Wordings of what kind of shooting a story tells, each kind in the words reporters use for it
(``findings/events/shooting_kinds.py``): an accident ("an accidental shooting", "the gun
accidentally discharged", "shot by accident") and a gun turned on oneself ("a self-inflicted gunshot
wound", "shot himself", "turned the gun on herself", "took his own life"). Lowercase regular
expressions, matched on word boundaries.
"""

from __future__ import annotations

SHOOTING_KINDS: dict[str, tuple[str, ...]] = {
    "an accident": (
        r"accidental(?:ly)?",
        r"unintentional(?:ly)?",
        r"by accident",
    ),
    "a gun turned on oneself": (
        r"self-inflicted",
        r"(?:shot|killed) (?:himself|herself)",
        r"turn(?:ed|ing|s)? the (?:gun|weapon|firearm) on (?:himself|herself)",
        r"took (?:his|her) own life",
        r"(?:committed|commit|committing) suicide",
    ),
}
# Words that make a sentence deny or doubt the kind it names: "could not have accidentally
# discharged", "the story ... is false", "police ruled out suicide", "no sign it was an
# accident". Such a sentence tells no kind.
KIND_DOUBTS = frozenset(
    ["not", "n't", "no", "never", "false", "ruled", "rule", "denied", "denies", "doubt",
     "doubted", "disputed", "rather", "instead", "whether", "if", "unclear"]
)  # fmt: skip
