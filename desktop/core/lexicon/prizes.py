"""How a person's prizes and nominations are counted in news copy: "a three-time Oscar winner",
"won two Academy Awards", "nominated seven times", "her eighth Oscar nomination"
(findings/counts/prize_tallies.py)."""

from __future__ import annotations

# The nouns that say who a person is by a prize counted in "N-time": a win, or a nomination.
TIMES_NOUNS: dict[str, str] = {
    "winner": "win",
    "winners": "win",
    "champion": "win",
    "champions": "win",
    "recipient": "win",
    "laureate": "win",
    "nominee": "nomination",
}

# Verbs that count prizes won ("won two Academy Awards", "has won 20 Grammys", "collected 20
# Grammys", "owns 22 major titles").
WIN_VERBS = frozenset(["won", "wins", "win", "winning", "collected", "claimed", "captured", "owns"])

# Lowercase nouns after a prize's name that say what of it is counted: its nominations, its
# medals of any colour, or (any other) the prize itself ("Olympic gold medals", "Stanley Cup
# titles").
NOMINATION_NOUNS = frozenset(["nomination", "nominations"])
MEDAL_NOUNS = frozenset(["medal", "medals"])
PRIZE_HEADS = frozenset(
    ["gold", "medal", "medals", "title", "titles", "crown", "crowns", "trophy", "trophies",
     "ring", "rings", "championship", "championships", "award", "awards", "nomination",
     "nominations", "prize", "prizes"]
)  # fmt: skip

# One prize's two names, lowercase and singular, by the name it is compared under.
PRIZE_ALIASES: dict[str, str] = {"academy award": "oscar"}
# Words of a prize's name that name no prize in particular: "Grammy Award" is "Grammy".
PRIZE_NAME_TAILS = frozenset(["award", "awards", "trophy", "prize"])
