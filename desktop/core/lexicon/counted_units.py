"""Units a race, a match or a lapse of time is counted in, singular: "41 seconds behind", "the
final three miles", "the 23rd minute" (``findings/told_unit_counts.py``)."""

from __future__ import annotations

COUNTED_UNITS = frozenset(
    ["second", "minute", "hour", "day", "week", "month", "year", "mile", "kilometre", "kilometer",
     "yard", "metre", "meter", "lap", "round", "inning", "set", "game", "stage", "hole"]
)  # fmt: skip
# Seconds, minutes and hours of one stopwatch reading, in seconds: "2 hours, 6 minutes and 12
# seconds" is "2:06:12".
STOPWATCH_SECONDS = {"hour": 3600, "hr": 3600, "minute": 60, "min": 60, "second": 1, "sec": 1}
