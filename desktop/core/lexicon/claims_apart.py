"""sameclaim46: the words that set one figure apart from another of the same kind in two aligned
sentences (``findings/bookkeeping/claims_apart.py``). Each list is a closed class of English a
linguist would name: words that move a figure to another time, make it a rate, make it a part,
or make it the size of a change. Lowercase; multi-word entries are matched as whole words.
"""

from __future__ import annotations

# Another happening or another time than the story's own: "last year's 40 deaths", "the
# previous record of 9.58 seconds", "the most since 2004", "an earlier quake of 7.2".
OTHER_TIME_PHRASES = (
    "last year", "last season", "last month", "last week", "a year earlier", "a year ago",
    "a year before", "the year before", "previous", "previously", "earlier", "record", "since",
    "prior", "former", "ago", "the same period", "compared with", "compared to", "from a",
    "up from", "down from",
)  # fmt: skip

# A rate, not a total: "$5 a day", "2,000 visitors per year", "an annual $1.2 million".
RATE_WORDS = frozenset(
    ["per", "annual", "annually", "yearly", "monthly", "weekly", "daily", "hourly", "apiece",
     "each"]
)  # fmt: skip
# ... and the noun of a period after "a" or "every": "a year", "every week".
RATE_PERIODS = frozenset(["year", "month", "week", "day", "hour", "night", "season", "minute"])

# A part of a group, not the group: "three of them", "two of the five", "among them 12
# children", "including four children", "some of the 300".
PART_AFTER = ("of them", "of those", "of whom", "of the", "of which", "of his", "of her",
              "of their")  # fmt: skip
PART_BEFORE = ("including", "among them", "among", "some of", "most of", "of them")

# Verbs and words that make a figure the size of a change, not a state: "rose 5%", "cut 300
# jobs", "up 12 percent". Lemmas (and "up"/"down" as written). A figure after "to" is where the
# change ended, a state again ("the toll rose to 50" is the toll, 50).
CHANGE_LEMMAS = frozenset(
    ["rise", "fall", "increase", "decrease", "grow", "jump", "climb", "drop", "decline",
     "plunge", "soar", "gain", "slip", "surge", "tumble", "sink", "slide", "shrink",
     "raise", "lower", "boost", "slash", "trim"]
)  # fmt: skip
# ... and the words right before a figure that make it a change: "up 12 percent", "by 5%".
CHANGE_BEFORE = frozenset(["up", "down", "by"])
CHANGE_END_WORDS = frozenset(["to", "at", "from", "of"])
