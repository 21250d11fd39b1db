"""Verbs a reporter uses for one and the same happening, folded to one word
(findings/events/happenings.py).

A quake or a storm "struck", "hit", "jolted", "rocked" or "shook" a place: verbs of a blow, each
the news idiom for a disaster arriving. They are folded only where a weekday or a count hangs on
them, so "hit 13 home runs" never meets a quake: the other article must date or count the same
happening by one of them too.
"""

from __future__ import annotations

HAPPENING_VERBS: dict[str, str] = {
    **dict.fromkeys(["strike", "hit", "jolt", "rock", "shake", "slam"], "strike"),
    # probe20: a jury's verdict, whichever way it went: "acquitted ... on Tuesday" / "returned
    # its verdict on Wednesday" date one act of the court.
    **dict.fromkeys(["acquit", "convict", "verdict"], "verdict"),
}  # fmt: skip

# Nouns of one violent or destructive happening: "the 2005 rampage", "the March 2004 shooting",
# "the 2004 tsunami". A year before one of them says which happening, and two reports of one
# story that each label such a noun with one year name the same happening by it
# (findings/datetimes/spans/labelled_years.py). Lemmas; lowercase.
HAPPENING_NOUNS = frozenset(
    ["rampage", "attack", "shooting", "massacre", "bombing", "quake", "earthquake", "tsunami",
     "riot", "spree", "crash", "explosion", "blast", "flood", "hurricane", "escape", "siege",
     "heist", "robbery", "standoff", "hijacking", "kidnapping", "uprising", "eruption",
     "murder", "slaying", "killing", "homicide", "stabbing"]
)  # fmt: skip

# Nouns of happenings that name one happening in other words: "the 1967 slayings" / "the 1966
# murders" are one taking of lives, "the 2005 quake" / "the 2005 earthquake" one quake. Each noun
# to the happening it names; a noun not listed names its own.
SAME_HAPPENING: dict[str, str] = {
    **dict.fromkeys(["murder", "slaying", "killing", "homicide"], "killing"),
    **dict.fromkeys(["quake", "earthquake"], "quake"),
}  # fmt: skip

# Nouns of written or made works: "the 2005 entry", "the 2010 census", "the 1998 law". A year before
# one of them says which work, not when a happening of the story took place, so it tells no day of
# that year (findings/datetimes/days/coarse_dates.py). Lemmas; lowercase. (not_names.WORK_NOUNS are
# the nouns a quoted title follows, another job.)
DATED_WORK_NOUNS = frozenset(
    ["entry", "letter", "memo", "report", "diary", "journal", "note", "book", "film", "movie",
     "album", "song", "law", "act", "bill", "statute", "budget", "census", "survey", "study",
     "poll", "edition", "version", "model", "plan", "document", "recording", "tape", "video"]
)  # fmt: skip

# Nouns of a happening that, as the subject of the verb a day hangs on, say which happening the
# day dates: "The fire broke out at about 10 pm on Wednesday" / "A fire destroyed the mill on
# Thursday night" both date the fire (core/datetimes/dated_happenings.py). Lemmas; lowercase.
SUBJECT_HAPPENINGS = HAPPENING_NOUNS | frozenset(
    ["fire", "blaze", "wildfire", "storm", "tornado", "twister", "typhoon", "cyclone", "tremor",
     "temblor"]
)  # fmt: skip

# weekdate: the deeds a killing is done by, as ``happening`` folds their words ("shot", "shoot",
# "stabbing"), set against a death ("killed", "slain", "murdered" fold to "death"). "Shot
# Saturday" / "shot and killed on Aug. 8": the day of the shots and the day of the killing are
# one day as a rule, so the same day told both ways agrees; another day may be a death in
# hospital days later, and never conflicts (findings/datetimes/days/event_weekday_dates.py).
KILLING_DEEDS = frozenset(["shoot", "shot", "stab", "gunfire"])
DEATH_HAPPENING = "death"

# Words a named storm's name starts with: "Hurricane Maria", "Typhoon Haiyan", "Tropical Storm
# Sandy". The name is the storm's, a happening, never a person's (entity_types.corrected_label).
# Not "Storm" alone: "Storm Lake" is a town in Iowa.
STORM_NAME_HEADS = frozenset(
    ["hurricane", "typhoon", "cyclone", "superstorm", "tropical storm", "tropical depression",
     "tropical cyclone", "winter storm"]
)  # fmt: skip

# falsec41: what a figure measures of a happening, as against what it counts: "a quake measuring
# 3.8", "a magnitude-6.1 temblor". Fixed by the happening, never run on from day to day as a toll
# is, so two of them dated to two days are of two happenings (findings/events/dated_measures.py).
HAPPENING_MEASURES = frozenset(["magnitude", "intensity", "strength", "force"])
