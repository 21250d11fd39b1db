"""Words of time: of days told from the page's date, of clock times and parts of the day, and of
clauses that look ahead to a step still to come. Common usage, not fitted to any article.
Lowercase."""

from __future__ import annotations

import re

# The week's days in order, Monday first as datetime.weekday() counts them.
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# The months in calendar order (their index + 1 is the month's number).
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december")  # fmt: skip

# --- A weekday's name, the one spelling of the week every pattern that looks for a day builds on
# ("on Monday", "9:25 Thursday morning", "last Friday"). A fragment without boundaries or a group
# of its own, to sit inside longer patterns; the compiled WEEKDAY_NAME finds one alone.
WEEKDAY_NAME_PATTERN = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
WEEKDAY_NAME = re.compile(rf"\b{WEEKDAY_NAME_PATTERN}\b", re.I)
# The same with the short forms a dateline or a schedule writes ("Mon", "Tues", "Wed", "Thu",
# "Thurs", "Sat"): where a fact's words may abbreviate the day.
WEEKDAY_OR_SHORT_PATTERN = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?"

# Auxiliaries of a clause that looks ahead: "a vote will be held Thursday", "he'll appear Monday".
# A day in such a clause dates a step still to come (core/datetimes/coming_steps.py).
FUTURE_AUXILIARIES = frozenset(["will", "shall", "'ll", "wo"])
# Words that put a clause on a schedule: "is due to appear", "is scheduled to be sentenced",
# "is expected to testify", "is set to", "is slated to".
SCHEDULE_WORDS = frozenset(["due", "schedule", "scheduled", "expect", "expected", "set", "slate",
                            "slated", "plan", "planned"])  # fmt: skip
# Verbs of intent and preparation: a to-infinitive they govern, however deep in the phrase
# ("was preparing for the measures to be voted on Friday", "hopes to sign the deal Monday",
# "urged lawmakers to vote Thursday"), tells a step not yet taken (core/datetimes/coming_steps.py).
PROSPECT_VERBS = frozenset(["prepare", "plan", "intend", "aim", "hope", "want", "wish", "seek",
                            "expect", "schedule", "await", "vow", "pledge", "promise",
                            "threaten", "urge", "propose"])  # fmt: skip
# Words before a clock that make it the end of a state that lasts ("remains in force until 9
# a.m."), not the moment of a happening ("lifted at noon"): see lone_clocks.
STATE_END_WORDS = frozenset(["until", "till", "til", "untill"])
# Prepositions that count a figure over several happenings: "14 rifles during the five
# operations", "20 arrests in three raids" (findings/counts/happening_totals.py).
TOTAL_PREPOSITIONS = frozenset(["during", "in", "over", "across", "from"])
# Verbs of having after "now": "now has 52 satellites in orbit" tells a stock as of the writing
# (findings/counts/happening_totals.py).
HOLDING_VERBS = frozenset(["has", "have", "owns", "own", "operates", "operate", "holds", "hold"])
# Words that tell a record a year after "since" reaches back to, besides superlatives ("the
# first title since 2004", "a record turnout since 1998"): see datetimes/record_reach.py.
RECORD_WORDS = frozenset(["first", "record"])
# A deadline: a modal of obligation with "by" or "until" ("must act by May 9").
DEADLINE_MODALS = frozenset(["must", "should", "ought", "need", "needs"])
DEADLINE_PREPOSITIONS = frozenset(["by", "until", "till"])
# Words that open a time clause, where English puts the future in the present tense: "when he
# returns to court on May 3, ... will argue" (core/datetimes/coming_steps.py).
TIME_CLAUSE_WORDS = frozenset(["when", "once", "until", "after", "before", "as"])
# Units a story counts its nights by: "for a third straight night", "for the second day".
SERIES_UNITS = frozenset(["night", "day", "evening", "weekend", "week"])

# Prepositions that open a sentence's time frame: "In March, ...", "By December 2003, ..."
# (core/datetimes/time_frames.py).
FRAME_OPENERS = frozenset(["in", "during", "by", "since"])

# Relative days a report written the next day uses for the day before.
RELATIVE_DAYS = {
    "today": 0,
    "tonight": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "yesterday": -1,
    "last night": -1,
    "overnight": -1,  # on a Tuesday page, the night from Monday into Tuesday
    "tomorrow": 1,
}
# Words that place a period relative to the time of writing: "last month", "earlier this week".
# Such a phrase dates something even when the article's own date is unknown.
DEICTIC_WORDS = frozenset({"last", "this", "next", "earlier", "later", "past", "coming"})
# Words that make a clock time a reckoning: "around 1 a.m.", "shortly after midnight".
CLOCK_HEDGES = frozenset(
    ["around", "about", "approximately", "roughly", "shortly", "just", "nearly", "almost",
     "sometime", "before", "after", "near", "some"]
)  # fmt: skip
# Words that make a clock time a deadline: "extinguished by 7 a.m." is at 7 or before.
DEADLINE_WORDS = frozenset({"by", "before"})
# Parts of a day: "10 in the morning" and "10 a.m." are one time.
DAY_PARTS = {
    "morning": "am",
    "dawn": "am",
    "overnight": "am",
    "afternoon": "pm",
    "evening": "pm",
    "night": "pm",
    "tonight": "pm",
}

# The hours as words (core/datetimes/clock.py): "nine in the morning" is 9 a.m.
HOUR_WORDS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip

# Time zones a 24-hour clock is given in ("06:00 BST", "14:30 local time", core/datetimes/clock.py):
# a clock with one after it is a time of day, in any article's style. Never a name of its own.
CLOCK_ZONES = frozenset(
    ["gmt", "bst", "utc", "cet", "cest", "eet", "eest", "wet", "est", "edt", "cst", "cdt", "mst",
     "mdt", "pst", "pdt", "akst", "akdt", "hst", "ist", "pkt", "jst", "kst", "aest", "aedt",
     "awst", "nzst", "nzdt", "sast", "msk", "local time",
     # probebiz: US zones as markets copy writes them, "4 p.m. ET", "9 a.m. PT" ("MT" would
     # be read in "Mt. Vernon").
     "et", "ct", "pt"]
)  # fmt: skip

# --- findings/untold/told.py: parts of the day and the clock hours they span (first, last: last not
# included; a night wraps past midnight). "9 a.m." lies in "the morning". Common usage, not fitted.
PARTS_OF_DAY: dict[str, tuple[int, int]] = {
    "morning": (4, 12), "dawn": (4, 8), "daybreak": (4, 8), "afternoon": (12, 18),
    "evening": (17, 23), "night": (19, 6), "overnight": (21, 7),
}  # fmt: skip
# "Late Thursday" is Thursday night and "early Sunday" Sunday morning, when no part of the day is
# named beside them. Common usage, not fitted.
DAY_EDGES = {"late": "night", "early": "morning"}
# ... but set against another part of the same day (findings/datetimes/days/day_parts.py), a bare
# "late Wednesday" is the latter part of the day, from the late afternoon on: the wire writes it of
# a happening at 5 p.m. as of one at 11 p.m., so it shares hours with "Wednesday afternoon" and none
# with "Wednesday morning". Common usage, not fitted.
LATE_DAY_HOURS = (15, 24)

# --- core/datetimes/hedged_clocks.py: words a reporter sets before a 24-hour clock he reckons or
# bounds ("at about 2045 GMT", "around 1100 hrs", "shortly after 0930 local time"). The
# approximators are the ones the tagger folds into a figure ("about 2045"); the leads are
# prepositions of time. "for", "than", "nearly" and "almost" are left out: they open spans ("for
# about 1500 hours"). Common usage, not fitted.
CLOCK_APPROXIMATORS = frozenset(["about", "around", "approximately", "roughly"])
CLOCK_LEADS = frozenset(["at", "after", "before", "until", "till", "by", "since", "from"])

# --- findings/datetimes/days_told/told_narrow_parts.py: the narrow parts of a day a reporter writes
# instead of a clock ("a frantic mid-morning" for "around 10:30 a.m."), with the clock hours they
# span (first, last: last not included). Each spans three hours or less, so a clock inside one is
# the same moment at the precision the other side gives; "the morning" is too wide to tell a clock.
# Common usage, not fitted. Written with a hyphen, a space or run together ("mid-morning",
# "midmorning").
NARROW_PARTS_OF_DAY: dict[str, tuple[int, int]] = {
    "mid-morning": (9, 12), "late morning": (10, 12), "early afternoon": (12, 15),
    "lunchtime": (11, 14), "lunch time": (11, 14), "mid-afternoon": (13, 17),
    "late afternoon": (15, 18), "early evening": (17, 20), "mid-evening": (19, 22),
    "late evening": (20, 24), "late at night": (22, 3), "early morning hours": (0, 5),
    "small hours": (0, 5), "wee hours": (0, 5), "early hours": (0, 5), "before dawn": (0, 6),
    "pre-dawn": (0, 6),
}  # fmt: skip

# "late Thursday", "early Sunday": the news wire's way of putting a happening in the last hours
# of a day or in the hours after its midnight, the weekday written with it. The edge word and
# the part after the weekday ("" for none) -> the clock hours the phrase spans (first, last: last
# not included). "Late Tuesday night" runs past midnight; "early Sunday" ends by daybreak; a
# pair not listed ("late Sunday morning", "early Friday evening") tells no clock. "Early Sunday
# afternoon" is the early afternoon of that Sunday, the weekday set inside the phrase: the hours
# of "early afternoon" and "late afternoon" above. Common usage, not fitted.
WEEKDAY_EDGE_SPANS: dict[tuple[str, str], tuple[int, int]] = {
    ("early", ""): (0, 7), ("early", "morning"): (0, 7),
    ("early", "afternoon"): NARROW_PARTS_OF_DAY["early afternoon"],
    ("late", "afternoon"): NARROW_PARTS_OF_DAY["late afternoon"],
    ("late", ""): (19, 24), ("late", "evening"): (19, 24), ("late", "night"): (21, 3),
}  # fmt: skip
# "before the early morning shooting": the early morning with no weekday written in it spans
# the hours of "early Sunday morning" (the edge above); "the morning" alone stays too wide.
EARLY_MORNING_HOURS = WEEKDAY_EDGE_SPANS[("early", "morning")]

# --- findings/datetimes/clocks/kind_times.py: a part of the day written before a noun it
# classifies, naming a kind of thing rather than a time: "her daytime talk show", "the evening
# news", "a night shift". Common usage, not fitted.
KIND_TIME_WORDS = frozenset(["daytime", "nighttime", "night-time", "late-night", "morning",
                             "afternoon", "evening", "night", "overnight"])  # fmt: skip
# Words that set a part of the day as a time when they stand just before it (one word between
# at most: "in the morning police found", "that night officers came", "one evening staff").
TIME_SETTERS = frozenset(["in", "on", "at", "during", "by", "until", "till", "since", "from",
                          "through", "throughout", "into", "before", "after", "this", "that",
                          "last", "next", "every", "each", "one", "early", "late", "all",
                          "same", "previous", "following", "overnight", "around", "about",
                          "yesterday", "tomorrow", "tonight", "today"])  # fmt: skip

# --- findings/datetimes/days_told/told_recent_days.py: adverbs that place a happening in the recent
# past without a day ("a former employee recently let go"). Each holds a day of the last days or
# weeks, so it tells such a day at the precision it gives. "Just" is left out: it also means "only".
RECENT_PAST_WORDS = frozenset(["recently", "lately", "newly"])

# Nouns of a span of time: a figure counting one of them measures a duration ("as many as 20
# years", core/extraction/missed_entities.py). Lemmas.
TIME_UNITS = frozenset(["year", "month", "week", "day", "hour", "minute", "second", "decade"])

# --- findings/datetimes/spans_told/told_bare_units.py: a bare plural of a unit of time ("hours
# after the shooting", "for days") counts two or more of it, and fewer than make the next unit up
# (24 hours are told as a day). The unit, with the count at which a writer would take the next unit
# instead. Years are left out: "years later" may be any number of them.
BARE_UNIT_CEILINGS = {"minutes": 60, "hours": 24, "days": 7, "weeks": 5, "months": 12}
# Words that may stand before such a bare plural: none, a preposition of time, or a vague
# quantifier. "The early hours", "the final minutes", "those days" name a moment, no count.
BARE_UNIT_LEADS = frozenset(["for", "within", "in", "after", "over", "several", "few", "some",
                             "many", "just", "only", "barely", "mere"])  # fmt: skip

# --- core/datetimes/clause_dates.py: words by which a report dates its own event as this week's
# news ("hit the island on Sunday", "died yesterday"); an opening that uses one never dates the
# event by a month or a year alone. Common usage, not fitted.
NEWS_DAY_WORDS = frozenset([*WEEKDAYS, "yesterday", "today", "tonight"])

# --- core/datetimes/vague_lapses.py: a lapse told by a bare plural of a unit under an hour and no
# figure ("Seconds later", "just a few minutes after the dismissal", "moments before"): the
# narrative's own pacing between two steps, no moment and no count another report could give or
# contradict. A figure ("About 90 minutes later") or a clock keeps the time a fact; so do hours
# ("The dismissal came hours before the game" places one happening on the day of another).
VAGUE_LAPSE_UNITS = frozenset(["seconds", "moments", "minutes"])
VAGUE_LAPSE_LEADS = frozenset(["a", "few", "several", "some", "many", "just", "only", "mere",
                               "barely", "within", "in", "for", "after"])  # fmt: skip
VAGUE_LAPSE_ENDS = frozenset(["later", "after", "before", "earlier", "afterward", "afterwards"])

# Wordings of the day after one a story has named: "freed the next morning", "died the following
# day" (core/datetimes/counted_days.py), with and without the article the parser may leave out.
NEXT_DAY_WORDS = frozenset(
    f"{article}{step} {part}"
    for article in ("", "the ")
    for step in ("next", "following")
    for part in ("day", "morning", "afternoon", "evening", "night")
)

# falsec40: words that set a happening apart in time from the one the sentence tells ("resumed
# after being halted on Sunday"): the day after them is the set-apart happening's
# (findings/datetimes/days/set_apart_days.py) ...
SETTING_APART_WORDS = frozenset(["after", "before", "following", "since", "until"])
# ... the words that may stand between them and that day naming no happening ("after the Monday
# shootings") ...
SET_APART_LINKS = frozenset(["the", "a", "an", "his", "her", "their", "its", "on", "that", "last"])
# ... and the words of a clock, which set a time instead ("shortly after 2 a.m. on Sunday").
CLOCK_POINT_WORDS = frozenset(["a.m.", "p.m.", "midnight", "noon", "dusk", "sunset", "sunrise"])
# Words that open a clause telling at which time the happening it hangs on came ("when they met
# in 2019"), unlike "after" or "before", which set it apart (clause_dates.py).
AT_THE_TIME_WORDS = frozenset(["when", "as", "while"])
# Words that take the first or last stretch of a run ("his first 11 seasons", "the last three
# games"): a part of the run, never its whole length (findings/counts/whole_counts.py).
RUN_END_WORDS = frozenset(["first", "last", "final", "opening", "closing"])

# A part of the current year, month or week, as news copy words it: "later this year" and "later
# in the year" say one thing, the first counted from the writing, the second from the story.
# The words that place the part inside its unit, and the units.
PERIOD_PLACES = frozenset(["early", "earlier", "late", "later", "mid"])
PERIOD_UNITS = frozenset(["year", "month", "week"])
