"""Units of a span of time a news story counts its own happening in while it runs: "eight days
of riots", "over the past eight days", "a strike now in its third week" (findings/bookkeeping/
rare_values.py). Years and months are left out on purpose: in a report they count prison terms,
contracts and lives far more often than the running time of the story's happening."""

from __future__ import annotations

RUNNING_SPAN_UNITS = frozenset({"days", "weeks"})
