"""Spans of the calendar counted from the page by month ("earlier this month", "last month"),
with the most days back each can reach: a calendar fact, not a fitted figure. Lowercase.

"this month" reaches back at most to the 1st of a 31-day month; "last month" to the 1st of the
month before (two long months). Used by findings/datetimes/spans_told/told_lapses.py.
"""

from __future__ import annotations

MONTH_SPAN_DAYS: dict[str, int] = {"this": 31, "last": 62, "past": 62, "previous": 62}
# Days in each unit a lapse is counted in ("nine days", "two weeks").
LAPSE_UNIT_DAYS: dict[str, int] = {"day": 1, "days": 1, "week": 7, "weeks": 7}
