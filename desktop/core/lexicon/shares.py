"""Shares of a group told in words (findings/amounts/told_shares.py)."""

from __future__ import annotations

# Words that give a share of a group without a figure, and the
# percentages they allow ("almost all of the 288 candidates" holds "Ninety percent of the 288
# candidates"). Common usage, not fitted: "most" is more than half, "almost all" leaves few out.
VAGUE_SHARES: dict[str, tuple[float, float]] = {
    "almost all": (80, 100), "nearly all": (80, 100), "virtually all": (85, 100),
    "the vast majority": (75, 100), "the overwhelming majority": (75, 100),
    "most": (50, 100), "the majority": (50, 100), "a majority": (50, 100),
    "more than half": (50, 100), "about half": (40, 60), "roughly half": (40, 60),
    "nearly half": (40, 50), "almost half": (40, 50), "a third": (30, 37),
    "about a third": (28, 38), "a quarter": (22, 28), "about a quarter": (20, 30),
    "a few": (0, 20), "few": (0, 20),
}  # fmt: skip

# conflict14: fractions of a whole a sentence counts ("half of the 300 homes"), as the share
# they name. A reporter's "half" is a round figure: findings.tuning.FRACTION_SLACK says how far
# from it a count still is that half.
FRACTION_WORDS: dict[str, float] = {
    "half": 1 / 2, "a half": 1 / 2, "one half": 1 / 2,
    "a third": 1 / 3, "one third": 1 / 3, "one-third": 1 / 3,
    "two thirds": 2 / 3, "two-thirds": 2 / 3,
    "a quarter": 1 / 4, "one quarter": 1 / 4, "one-quarter": 1 / 4,
    "three quarters": 3 / 4, "three-quarters": 3 / 4,
    "a fifth": 1 / 5, "one fifth": 1 / 5, "one-fifth": 1 / 5,
    "two fifths": 2 / 5, "two-fifths": 2 / 5, "three fifths": 3 / 5, "three-fifths": 3 / 5,
    # "a tenth of its workforce" / "10% of its staff": the round share job cuts are told in
    "a tenth": 1 / 10, "one tenth": 1 / 10, "one-tenth": 1 / 10,
}  # fmt: skip

# paraph2: nouns a toll is split by, by sex or by age ("two women and a man", "three children
# and an adult"). Each names one share of the group, the same share in any article: "two women
# and one man died" / "killed five women and a man" give the women two counts.
# probewar: a war or terror toll is split the same way by side, combatants against civilians
# ("1,800 Palestinians and 64 soldiers", "nine soldiers and five civilians"): each of these nouns
# names one share, the same share in any article that splits the toll by it.
SPLIT_NOUNS = frozenset(
    ["woman", "man", "child", "boy", "girl", "adult", "teenager", "infant", "baby",
     "soldier", "civilian", "officer", "militant"]
)  # fmt: skip

# falsec41: the words that tie a rate's count to its base, "23 of every 24 hours", "one in every
# five voters": the figure after "every" is the rate's unit, never a count (whole_counts).
RATE_BASE_LINKS = frozenset(["of", "in"])

# falsec41: the words that open a relative clause after "one" and a noun, "one round where",
# "one night when", "one game in which": the clause singles out a member of a set (whole_counts).
RELATIVE_OPENERS = frozenset(["where", "when", "which", "that", "who", "whom", "whose"])
# "one game in which", "one night during which": a preposition before the relative word.
RELATIVE_PREPOSITIONS = frozenset(["in", "during", "on", "at", "after", "for"])
