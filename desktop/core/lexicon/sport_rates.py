"""The rates a sports page gives a player's season or career by: "a 3.12 ERA", "hit .331", "a 2.45
goals-against average", "a .921 save percentage" (findings/sport/sport_rates.py). Each is a measure
of its own, never a sum of money nor a count, and each name of one measure is listed under it."""

from __future__ import annotations

# The measure each wording names, as written: a pitcher's or a goalie's runs or goals a game
# ("a 3.12 ERA", "2.45 goals-against average") ...
PER_GAME_RATES: dict[str, str] = {
    "ERA": "earned run average",
    "earned run average": "earned run average",
    "earned-run average": "earned run average",
    "GAA": "goals-against average",
    "goals-against average": "goals-against average",
    "goals against average": "goals-against average",
}
# ... and a share written in thousandths with no leading zero (".331 average", ".921 save
# percentage"). Plain "average" only before or after such a figure: "an average of 3.4 inches"
# is no batter's.
THOUSANDTH_RATES: dict[str, str] = {
    "batting average": "batting average",
    "average": "batting average",
    "save percentage": "save percentage",
}

# Verbs that give a batter's average with no noun: "hit .331", "is hitting .307", "batted .313".
BATTING_VERBS = frozenset(["hit", "hits", "hitting", "batted", "bats", "batting"])

# Words between a measure and its figure: "his ERA is now 3.12", "an ERA of 2.48", "lowered his
# ERA to 3.12", "his goals-against average stands at 2.45".
RATE_LINKS = frozenset(
    ["is", "was", "of", "to", "at", "now", "stands", "stood", "sits", "remains", "dropped", "fell",
     "rose", "climbed", "improved"]
)  # fmt: skip

# What a rate is counted over, as a sentence counts it: "hit .358 in 54 games", "a 2.10 ERA in 12
# starts". A rate belongs to the stretch of play its sentence counts (rate_stretches.py).
STRETCH_NOUNS = frozenset(["game", "start", "appearance", "match", "inning", "at-bat", "outing"])
