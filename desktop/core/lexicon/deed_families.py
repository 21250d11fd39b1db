"""Kinds of happening a day or a count is told of (findings/events/two_happenings.py).

A value belongs to the happening its clause tells: "left the clinic on Thursday" dates a leaving,
"checked into the Betty Ford Center on Friday" an arrival, "arrested on Monday" a taking into
custody, "sentenced on Friday" a step in court. Two days of two kinds of happening date two steps
of one story, never one happening told two ways. Each lemma (a verb, or a noun naming the deed)
to its family; a word of no family says nothing and is compared as before.
"""

from __future__ import annotations

DEED_FAMILIES: dict[str, str] = {
    # going in: "checked into a clinic", "was admitted to hospital", "entered rehab"
    **dict.fromkeys(["admit", "enter", "arrive", "arrival", "admission"], "enter"),
    # going out: "left rehab", "her quick exit from Morningside", "walked out", "fled"
    **dict.fromkeys(["leave", "exit", "depart", "departure", "flee", "escape", "discharge"], "leave"),
    # taking a life or harming one
    **dict.fromkeys(
        ["kill", "shoot", "die", "slay", "murder", "stab", "wound", "injure", "death", "shooting",
         "killing", "slaying", "stabbing"], "harm"),
    # taking into custody and charging
    **dict.fromkeys(
        ["arrest", "detain", "apprehend", "nab", "capture", "charge", "indict", "surrender",
         "detention", "indictment"], "custody"),
    # the court's steps after a charge
    **dict.fromkeys(
        ["sentence", "sentencing", "convict", "acquit", "plead", "arraign", "arraignment",
         "hearing", "trial", "verdict", "conviction"], "court"),
}  # fmt: skip

# "check" names going in only with "in" or "into" after it ("checked into", "checking in"): alone
# it examines ("police checked the car").
CHECK_IN_VERB = "check"
CHECK_IN_PARTICLES = frozenset(["in", "into"])
ENTER_FAMILY = "enter"

# Words any institution's or occasion's name may hold (findings/events/happening_details.py): two
# names sharing only these are not one name ("Betty Ford Center" / "Promises Treatment Center";
# "the 2011 Academy Awards" / "the Golden Globe Awards"); a word beyond them in common makes one
# ("the Betty Ford clinic" / "Betty Ford Center").
DETAIL_NAME_FILLERS = frozenset(
    ["the", "of", "and", "for", "at", "in", "on", "a", "an", "&", "center", "centre", "clinic",
     "hospital", "facility", "institute", "foundation", "treatment", "recovery", "rehab",
     "rehabilitation", "medical", "health", "care", "inc", "ltd", "corp", "co", "company",
     "group", "st", "saint", "university", "college", "school", "county", "city", "national",
     "international", "new", "department", "police", "awards", "award", "show", "ceremony",
     "festival", "games", "cup", "championship", "annual"]
)  # fmt: skip
