"""Groups whose parts are a record, not a count of those that did a deed
(figures/counted/part_groups.py): "won 18 of their next 23 games", "took three of the five
rounds", "made four of his 10 attempts". A part of a run of happenings tells how a stretch went,
never the season's or the career's tally the other article gives ("won 40 games"). Lemmas.
"""

from __future__ import annotations

RECORD_GROUPS = frozenset(
    ["game", "match", "contest", "race", "fight", "bout", "round", "start", "season", "attempt",
     "appearance", "election", "tournament", "event", "try", "set", "frame", "leg", "heat",
     "series", "meeting", "outing", "inning", "quarter", "half", "period"]
)  # fmt: skip
