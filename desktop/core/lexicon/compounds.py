"""Nouns a figure joined to them by a hyphen measures, as it would written apart: "a 17-year-old",
"a 6.1-magnitude quake", "a 12-gauge shotgun", "a two-hour standoff" tell an age, a magnitude, a
bore and a duration, the same claims as "17 years old" or "magnitude 6.1"
(findings/counts/compound_counts.py). Lowercase, singular."""

from __future__ import annotations

MEASURE_COMPOUND_NOUNS = frozenset(
    ["year", "month", "week", "day", "hour", "minute", "second", "night", "decade", "century",
     "old", "magnitude", "percent", "degree", "gauge", "caliber", "calibre", "millimeter",
     "millimetre", "mm", "mile", "foot", "inch", "yard", "meter", "metre", "kilometer",
     "kilometre", "km", "pound", "ton", "tonne", "acre", "hectare", "gallon", "litre", "liter",
     "dollar", "million", "billion"]
)  # fmt: skip
