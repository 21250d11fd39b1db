"""Set phrases with a number word in them that count nothing: the number is a word of the phrase.

"threw a pick six" is an interception returned for a touchdown, not six of anything; "a zero-day
flaw" is one no fix yet exists for; "catch-22" is a trap. Written in lower case with spaces, as
the words stand once hyphens are read as spaces.
"""

from __future__ import annotations

NUMBER_SET_PHRASES: frozenset[tuple[str, ...]] = frozenset(
    [
        ("pick", "six"),  # American football: an interception returned for a touchdown
        ("deep", "six"),  # to discard
        ("zero", "day"),  # a software flaw no fix exists for yet
        ("catch", "22"),
        ("high", "five"),
        ("cloud", "nine"),
        ("square", "one"),  # "back to square one"
        ("nine", "to", "five"),  # an office job
        ("sixes", "and", "sevens"),
        ("24", "7"),  # "24/7": all the time
        # falsec41: sayings built on an ordinal, which count no occasion: "the third time's the
        # charm" is said of any try that worked, not of a third one
        ("third", "time", "'s", "the", "charm"),
        ("third", "time", "'s", "a", "charm"),
        ("third", "time", "lucky"),
        ("eleventh", "hour"),  # "an eleventh-hour deal": at the last moment
        ("second", "nature"),
        ("first", "and", "foremost"),
        ("seventh", "heaven"),
    ]
)
