"""Words of a lapse between a shooting and what followed it ("died two hours later", "was
arrested the next day", "a news conference 90 minutes after the shooting"), read by
core/datetimes/lapses.py and compared by findings/datetimes/spans/lapses.py. Lowercase."""

from __future__ import annotations

# Minutes in each unit a lapse counts in.
UNIT_MINUTES = {"minute": 1, "hour": 60, "day": 1440, "week": 10080}
# Counts in words a lapse gives ("two hours", "an hour and a half", "half an hour").
COUNT_WORDS = {
    "a": 1.0, "an": 1.0, "one": 1.0, "two": 2.0, "three": 3.0, "four": 4.0, "five": 5.0,
    "six": 6.0, "seven": 7.0, "eight": 8.0, "nine": 9.0, "ten": 10.0, "eleven": 11.0,
    "twelve": 12.0, "fifteen": 15.0, "twenty": 20.0, "thirty": 30.0, "forty": 40.0,
    "forty-five": 45.0, "fifty": 50.0, "sixty": 60.0, "ninety": 90.0, "half an": 0.5,
    "half a": 0.5, "a half": 0.5, "half": 0.5,
}  # fmt: skip
# Counts that give no number, with the range of the unit they allow: "hours later" is two hours
# or more, within the day; "a few minutes later" under half an hour.
VAGUE_COUNTS = {
    "": (2.0, 23.0), "a few": (2.0, 5.0), "few": (2.0, 5.0), "several": (2.0, 12.0),
    "a couple of": (1.5, 3.0), "a couple": (1.5, 3.0), "many": (3.0, 23.0),
}  # fmt: skip
# A bare unit in the plural with no count ("minutes later", "days later", "weeks later") is read
# in that unit's own reach: minutes within half an hour, days within two weeks.
VAGUE_REACH = {"minute": (1.0, 30.0), "hour": (2.0, 23.0), "day": (2.0, 13.0), "week": (2.0, 8.0)}
# Words of a short, untold lapse: "shortly after", "soon afterward", "a short time later",
# "moments later", within the hour.
SOON_WORDS = ("shortly", "soon", "a short time", "a short while", "moments", "a few moments")
SOON_MINUTES = (1.0, 60.0)
# Hedges before a count that widen it: "about two hours later".
HEDGES = ("about", "around", "roughly", "nearly", "almost", "some", "approximately", "just under")
# How far a hedged or a plain count reaches either side: "about two hours" is 90 minutes to two
# and a half hours; "two hours" a tenth either side, the rounding of a report.
HEDGED_SPREAD, PLAIN_SPREAD = 0.25, 0.1
# What a lapse is counted to: the happenings that follow a shooting, by the words that tell them.
HAPPENING_WORDS = {
    "died": "death", "dies": "death", "die": "death", "dead": "death", "death": "death",
    "succumbed": "death",
    "arrested": "arrest", "arrest": "arrest", "custody": "arrest", "apprehended": "arrest",
    "captured": "arrest", "caught": "arrest", "surrendered": "arrest", "booked": "arrest",
    "conference": "briefing", "briefing": "briefing", "reporters": "briefing",
}  # fmt: skip
# Phrases that tell a surrender, read as its verb: "Hours later, Conley gave himself up".
SURRENDER_PHRASES = (
    "gave himself up", "gave herself up", "turned himself in", "turned herself in",
    "give himself up", "turn himself in",
)  # fmt: skip
# How a happening is named in a reason.
HAPPENING_NAMES = {"death": "the death", "arrest": "the arrest", "briefing": "the briefing"}
