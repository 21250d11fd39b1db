"""Years counted from the page's own date: "last year", "a year ago", "earlier this year".
Lowercase."""

from __future__ import annotations

# How many years back (negative) or ahead each counting word puts the year from the page's.
YEAR_COUNTS: dict[str, int] = {"last": -1, "this": 0, "next": 1}
# Words that count years back with "ago": "a year ago", "two years ago".
YEARS_AGO: dict[str, int] = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
# Words that keep a part of "this year": "earlier this year" is the months up to the page's.
YEAR_PARTS = frozenset({"earlier", "later"})

# --- onesided13: seasons counted from the page ("last summer") ---------------------------------
# The month each season ends in (northern hemisphere, as the US and European press write them):
# a season is "last summer" once its end has passed; winter runs into the next year.
SEASON_ENDS: dict[str, int] = {"spring": 5, "summer": 8, "fall": 11, "autumn": 11, "winter": 2}

# gk20: a season of play ("won two games last season"): a league's season may run across the
# turn of the year, so "last season" lies in the year before the page's or runs into the page's.
PLAY_SEASONS = frozenset({"season"})

# Nouns that only point back at the happening their sentence tells ("a 2000 incident where he
# stabbed his wife"): a year before one of them dates that happening as "in 2000" would, it does
# not say which of several (core/datetimes/year_labels.py).
HAPPENING_POINTERS = frozenset({"incident", "event", "episode", "occurrence"})

# --- para15: a year before the word "date" --------------------------------------------------------
# "a November 2012 release date" is the date itself, told as "a release date of 22 November 2013"
# in the other article: the year labels no happening of its own (core/datetimes/year_labels.py).
DATE_NOUNS = frozenset({"date"})

# --- chains17: any count of years "ago" ---------------------------------------------------------
# Number words that open a count of years back ("forty years ago", "twenty-one years ago"); digits
# ("41 years ago") need no list. Read with the figure reader (values.parse_number).
YEARS_AGO_WORDS = frozenset(
    ["six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
     "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty",
     "fifty", "sixty", "seventy", "eighty", "ninety"]
)  # fmt: skip

# --- probesport: the season a figure is a tally of ------------------------------------------------
# "scored 20 goals last season" / "has nine this season": a season of play named by a word that
# puts it before the page's (last, previous) or at it (this, current); two such figures are two
# seasons' tallies (core/figures/owners/figure_seasons.py).
PLAY_SEASON_NOUNS = frozenset({"season", "campaign"})
SEASON_AGO_WORDS = frozenset({"last", "previous", "prior", "past"})
SEASON_NOW_WORDS = frozenset({"this", "current"})
# careers39: the stretch of every season a player's figure may count instead: "a career ERA of
# 2.48", "his 200th career win" (figure_seasons.py).
CAREER_NOUNS = frozenset({"career"})
