"""Words that tell a value as a state before or after the happening: "entered the fight 30-1",
"improved to 31-1" (``findings/events/state_moments.py``)."""

from __future__ import annotations

# Phrases just before a value that tell it as the state going into the happening.
BEFORE_STATE_PHRASES = (
    "entered",
    "entering",
    "enters",
    "going into",
    "heading into",
    "coming into",
    "came into",
    "previously",
)
# Phrases just before a value that tell it as the state the happening left: a change's end.
AFTER_STATE_PHRASES = (
    "improved to",
    "improves to",
    "improving to",
    "moved to",
    "moves to",
    "fell to",
    "falls to",
    "dropped to",
    "drops to",
    "slipped to",
    "climbed to",
    "upped his record to",
    "upped her record to",
    "upped their record to",
)
