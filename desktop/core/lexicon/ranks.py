"""Words that make an ordinal a running count of time: "the eighth day of protests", "a third
straight night", "their sixth consecutive loss". Such a count grows with the day an article is
written, so two articles may rightly give two. Lowercase lemmas."""

from __future__ import annotations

from desktop.core.lexicon import SERIES_UNITS

RUNNING_WORDS = SERIES_UNITS | frozenset(
    ["month", "year", "straight", "consecutive", "successive", "running"]
)
