"""agree45: words that make a sum the size of a change ("a price cut of $100", "raised the fee by
$5", "$100 cheaper"), which the other article may tell by the change's two ends ("now sells for
$399, down from $499"): findings/amounts/change_ends.py."""

from __future__ import annotations

CHANGE_WORDS = frozenset(
    ["cut", "cuts", "rise", "rises", "raise", "raised", "increase", "increased", "hike",
     "drop", "dropped", "fall", "fell", "reduction", "reduced", "discount", "discounted",
     "lowered", "cheaper", "dearer", "less", "more", "decrease", "decreased", "slashed",
     "trimmed", "boost", "boosted"]
)  # fmt: skip
# Verbs (lemmas) whose "to" gives the level a count rose to: "the toll rose to 13", "climbed to
# 27" (core/extraction/slot_words.py, findings/events/risen_counts.py).
RISING_VERBS = frozenset(["rise", "climb", "increase", "jump", "grow", "surge", "soar"])
# Verbs that bring their object up to the figure after "to": "bringing the death toll to 27",
# "raised the toll to 13" (core/extraction/slot_words.py).
RAISING_VERBS = frozenset(["bring", "raise", "push", "take", "lift"])
