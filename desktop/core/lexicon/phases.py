"""Words that name one stage of a happening: "in the initial shooting", "in a second burst of
gunfire" (``core/events/toll_phases.py``)."""

from __future__ import annotations

# Adjectives before a happening's noun that pick one of its stages.
PHASE_WORDS = frozenset(["initial", "first", "second", "third", "later", "subsequent", "final"])
# Prepositions that put a count inside such a stage: "wounded in the initial shooting".
WITHIN_WORDS = frozenset(["in", "during"])
# The preposition that puts a count after the happening, in a later stage: "After the shooting,
# the gunman drove off and fired again, wounding two people".
AFTER_WORDS = frozenset(["after", "following"])
