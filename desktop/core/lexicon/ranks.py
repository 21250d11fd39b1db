"""Words that make an ordinal a running count of time: "the eighth day of protests", "a third
straight night", "their sixth consecutive loss". Such a count grows with the day an article is
written, so two articles may rightly give two. Lowercase lemmas."""

from __future__ import annotations

from desktop.core.lexicon import SERIES_UNITS, STREET_WORDS

RUNNING_WORDS = SERIES_UNITS | frozenset(
    ["month", "year", "straight", "consecutive", "successive", "running"]
)

# Nouns of happenings an ordinal may place in a series of many: "the second shooting on the street
# this week", "the city's 20th homicide", "the third killing in two days". Such an ordinal counts
# other events than the story's own, over an area and a period each outlet draws its own way, and
# grows with the day of writing, like a running count of time. Lowercase lemmas.
SERIES_EVENT_NOUNS = frozenset(
    ["shooting", "homicide", "killing", "murder", "slaying", "death", "fatality", "stabbing",
     "robbery", "attack", "incident", "crash"]
)  # fmt: skip
# A word that makes the ordinal rank something else than a happening's place in a series:
# "first-degree murder" ranks the charge's degree, and two degrees are a real clash.
NOT_SERIES_WORDS = frozenset(["degree"])

# Ordinals that tell happenings of one kind apart in an article that tells several ("the first
# shooting", "the second attack"): core/events/event_ties.py.
SERIES_ORDINALS = frozenset(
    ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]
)

# The last words of a street's name that end no common phrase: "in third place", "took place" and
# "on the way" name no street (findings/counts/ordinal_pairs.py, findings/events/round_ups.py).
STREET_NAMES = STREET_WORDS - {"place", "pl", "way", "circle"}

# conf18: verbs a finishing place follows with no noun of its own: "finished third", "placed
# fourth", "ended second", "came in fifth" (findings/sport/finishing_places.py). Slot words
# (lemmas).
FINISHING_VERBS = frozenset(["finish", "place", "end", "come", "rank"])
# The noun such a bare ordinal stands for, as in "third place".
FINISHING_NOUN = "place"

# --- findings/counts/ordinal_pairs.py: an ordinal after "in"/"during" and a possessive ("In his
# first season, he led the team ...") sets the time of the sentence's deed, not a rank of it. Common
# usage, not fitted.
DATING_PREPOSITIONS = frozenset(["in", "during", "throughout"])
POSSESSIVE_DETERMINERS = frozenset(["his", "her", "its", "their", "our", "my", "your"])
# Forms of "be" before "in his sixth season": the rank is what the sentence says.
BE_FORMS = frozenset(["is", "was", "are", "were", "'s", "be", "been", "being"])

# --- findings/counts/ordinal_pairs.py: words after an ordinal's noun that start its series anew at
# a point ("the first election since independence", "the first election held after the new
# constitution"): a rank in that stretch, never in the whole series. Common usage, not fitted.
SERIES_START_WORDS = frozenset(["since"])
# ... "after" starts it only behind a participle that places the thing ("held after", "played
# after"): "stopped in the seventh round after a knockdown" tells when the deed came.
SERIES_START_AFTER_PARTICIPLE = frozenset(["after"])
# ... and a period the words after it count over ("the third person shot on Elm Street this
# month", "the fifth this year"): a tally over that period.
STRETCH_DEICTICS = frozenset(["this", "last"])
STRETCH_PERIODS = frozenset(
    ["year", "month", "week", "weekend", "season", "decade", "summer", "winter", "spring", "fall"]
)
