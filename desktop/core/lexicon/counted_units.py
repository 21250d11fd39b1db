"""Units a race, a match or a lapse of time is counted in, singular: "41 seconds behind", "the
final three miles", "the 23rd minute" (``findings/amounts/told_unit_counts.py``)."""

from __future__ import annotations

COUNTED_UNITS = frozenset(
    ["second", "minute", "hour", "day", "week", "month", "year", "mile", "kilometre", "kilometer",
     "yard", "metre", "meter", "lap", "round", "inning", "set", "game", "stage", "hole", "decade"]
)  # fmt: skip
# Seconds, minutes and hours of one stopwatch reading, in seconds: "2 hours, 6 minutes and 12
# seconds" is "2:06:12".
STOPWATCH_SECONDS = {"hour": 3600, "hr": 3600, "minute": 60, "min": 60, "second": 1, "sec": 1}
# Words that count one of a unit: "a month", "a single day".
ONE_WORDS = frozenset(["a", "an", "single"])
# Each unit of time as the days it spans, lowest and highest: a month is 28 to 31 days, so "30 days"
# is "a month", and "48 hours" is "two days" (``findings/datetimes/spans_told/told_span_units.py``).
# A decade is ten years, however loosely "a decade" is read as a figure: "within a decade" /
# "within ten years", "for three decades" / "30 years".
DAYS_IN_UNIT = {
    "second": (1 / 86400, 1 / 86400), "minute": (1 / 1440, 1 / 1440), "hour": (1 / 24, 1 / 24),
    "day": (1.0, 1.0), "week": (7.0, 7.0), "month": (28.0, 31.0), "year": (365.0, 366.0),
    "decade": (3650.0, 3660.0),
}  # fmt: skip
# The words that close a share of a whole: "40 percent", "12 per cent", "8%", "3.5 pct"
# (``figures/numbers/percent_labels.py``).
PERCENT_WORDS = frozenset(["percent", "%", "pct", "cent"])
