"""Clock times as reporters write them: "9 a.m.", "1:53 p.m.", "10 in the morning", "nine in
the morning", "noon"."""

from __future__ import annotations

import re

from desktop.core.lexicon import HOUR_WORDS

_TIME_RE = re.compile(
    r"\b(\d{1,2}|" + "|".join(HOUR_WORDS) + r")(?:[:.](\d{2}))?\s*(a\.?\s?m\.?|p\.?\s?m\.?|"
    r"(?:o'clock\s+)?in\s+the\s+(?:morning|afternoon|evening|night))|\b(noon|midday|midnight)\b",
    re.I,
)


def parse_time(text: str) -> str | None:
    """A clock time as HH:MM: "at around 9 a.m." -> "09:00", "1:53 p.m." -> "13:53"; else None."""
    match = _TIME_RE.search(text)
    if match is None:
        return None
    if match.group(4):
        return "00:00" if match.group(4).lower() == "midnight" else "12:00"
    written = match.group(1).lower()
    hour = HOUR_WORDS[written] if written in HOUR_WORDS else int(written)
    minute = int(match.group(2) or 0)
    if not (1 <= hour <= 12 and 0 <= minute < 60):
        return None
    part = match.group(3).lower()
    pm = (
        part.startswith("p")
        or any(w in part for w in ("afternoon", "evening"))
        or ("night" in part and hour < 12 and hour >= 6)
    )
    hour = hour % 12 + (12 if pm else 0)
    return f"{hour:02d}:{minute:02d}"
