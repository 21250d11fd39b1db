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
