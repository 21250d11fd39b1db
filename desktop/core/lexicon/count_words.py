"""Words that say what a figure counts, or that it counts nothing: the group a toll counts, its
shares and remainders, a stretch or a gap instead of a count, a rate, a dialled line, and the
states and verbs that put people among the injured. Read by `figures/counted`, `figures/facts`
and the findings passes that compare counts.
"""

from __future__ import annotations

# Verbs of killing whose object a gunman's toll counts: "killed two people and then himself".
KILLING_VERBS = frozenset(["kill", "murder", "slay", "shoot", "gun"])
# Words that tell the killer took their own life in the same sentence ("... and then himself",
# "before turning the gun on herself", "before committing suicide").
SELF_KILLING_WORDS = frozenset(["himself", "herself", "suicide"])
# Subjects of a clause that counts another share of the same group: "two were taken to Mercy
# Hospital, one to St. Luke's", "a third was treated at the scene".
SHARE_SUBJECTS = frozenset(
    ["one", "two", "three", "four", "five", "another", "other", "others", "rest", "second",
     "third", "fourth", "fifth"]
)  # fmt: skip

# Words right after a figure that make it count a remainder of a group the story has begun to
# count: "five other victims", "two more bodies", "three additional patients".
REMAINDER_WORDS = frozenset(["other", "more", "additional", "further", "extra"])
# Nouns that only frame a count, whose "of" opens what is counted: "a total of five other
# people were injured" counts the injured, as "five other people were injured" does.
COUNT_FRAMES = frozenset(["total", "number", "count", "tally"])
# Words that pick a stretch of a sequence before a count: "the first two games", "their next 23
# games", "the last three seasons" (core/figures/counted/counted_group.py): a stretch, never the whole count.
SEQUENCE_PICKS = frozenset(["first", "next", "last", "final", "opening"])
# Words that make a figure the gap between two things, not a count of either: "two games
# behind the eighth seed", "three points clear", "ten votes short", "10 points down entering the
# fourth quarter", "12 games below .500" (core/figures/counted/counted_group.py).
GAP_WORDS = frozenset(
    ["behind", "ahead", "clear", "short", "adrift", "back", "shy", "down", "below", "above"]
)

# Figures that count one: "One shot was fired" counts a bullet, "Eight shot" eight people.
SINGLE_COUNT_WORDS = frozenset(["one", "1", "a", "an", "single"])


# Verbs whose object is a telephone line ("called 911", "dialled 999"), and nouns a short code
# names before them ("a 911 call", "999 dispatchers"): the digits dial, they count nothing.
DIAL_VERBS = frozenset({"call", "dial", "phone", "ring", "text"})
DIALLED_LINE_NOUNS = frozenset(
    {"call", "caller", "dispatcher", "dispatch", "operator", "line", "center", "centre"}
)

# Periods a figure can be paid or counted in ("$4 million a year", "20 hours per week"), and the
# adverbs that say the same ("annually"): such a figure is a rate, never a total.
RATE_PERIODS = frozenset(
    ["year", "season", "month", "week", "day", "hour", "game", "night", "shift", "term"]
)
RATE_ADVERBS = {"annually": "year", "yearly": "year", "monthly": "month", "weekly": "week",
                "daily": "day", "hourly": "hour", "nightly": "night"}  # fmt: skip

# recall8: the prepositions that give the state a counted group is in ("three others with serious
# injuries", "six people were treated for gunshot wounds"), and the one toll such a state tells:
# "charged with murder" names a charge, not a death, so only injuries count this way.
STATE_PREPOSITIONS = frozenset(["with", "for"])
# The missing too: "20 people remained unaccounted for" (the state as the verb's complement).
STATE_TOLLS = frozenset(["injury", "missing"])
# ... and the objects that put a verb's subject among the injured ("five people received
# treatment"). Not "wounds": "eight people suffered gunshot wounds" counts the dead too.
STATE_OBJECTS = frozenset(["treatment", "care"])

# The verbs a count of people treated in hospital hangs on ("three were treated at a hospital",
# "two were hospitalized"): the treated are among the injured, who also count those hurt and not
# treated, so a smaller count of them is no other count of the injured (findings/events/harm_counts.py).
TREATED_VERBS = frozenset(["treat", "hospitalize", "hospitalise"])
# ... and the verbs of a count of all the injured.
HURT_VERBS = frozenset(["injure", "hurt", "wound"])
