"""The periods a game is played in, and the words that place a moment inside one.

"later in the second quarter" / "midway through the second quarter": a sports report times a
play by the period of the game, and the part of it ("early", "late") where it says more.
"""

from __future__ import annotations

# The nouns of a game's periods, after an ordinal: "the second quarter", "the ninth inning".
GAME_PERIOD_NOUNS = frozenset(
    {"quarter", "half", "period", "inning", "innings", "frame", "set", "round", "overtime"}
)
GAME_PERIOD_ORDINALS = frozenset(
    {
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
        "tenth", "eleventh", "twelfth", "1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th",
        "9th", "10th", "11th", "12th", "final", "opening",
    }
)  # fmt: skip
# Parts of a period that exclude each other: early in it is not late in it. "later in" and
# "during" place the moment after another, or anywhere in the period: no part of their own.
PERIOD_PARTS: dict[str, str] = {
    "early": "early",
    "earlier": "early",
    "midway": "middle",
    "mid": "middle",
    "middle": "middle",
    "late": "late",
}
# Words that place a minute of play at a game's start or end without numbering it: "the final
# minute", "the dying minutes", "the opening minute". Such a minute is a part of the game told
# loosely, which a numbered minute ("the 90th minute", "the 2nd minute") may fall in.
LOOSE_MINUTE_WORDS = frozenset(
    ["final", "last", "dying", "closing", "late", "opening", "first", "early", "last-minute",
     "added", "stoppage", "injury"]
)  # fmt: skip
# Nouns of a place in a contest's series that a cardinal after them ranks: "round four" is "the
# fourth round", "stage 5" "the fifth stage" (findings/counts/ordinal_pairs.py). Not "game": "Game
# 5" is a figure the figure readers compare already.
NUMBERED_AFTER = frozenset(["round", "stage", "leg", "hole", "heat"])
