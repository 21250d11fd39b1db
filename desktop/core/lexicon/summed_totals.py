"""Words that tell a count as a total summed over several happenings: "seized a total of 14
rifles during the five operations" (``findings/events/summed_totals.py``)."""

from __future__ import annotations

# Phrases just before a count that tell it as a sum: "a total of 14", "a combined 30".
SUM_BEFORE_PHRASES = ("a total of", "total of", "a combined", "in total", "in all")
# Phrases after a count, in its sentence, that tell it as a sum: "14 rifles in all".
SUM_AFTER_PHRASES = ("in total", "in all", "altogether", "all told", "combined")
# Prepositions that set a count over the happenings it sums: "during the five operations".
OVER_PREPOSITIONS = ("during", "in", "over", "across", "from", "throughout")
# Plural nouns of repeatable happenings a total may be summed over. Plural only: "in the
# operation" tells one happening, which a total does not sum. Days and spans of unrest are
# read by counts/day_counts.py, not here.
SEVERAL_HAPPENINGS = (
    "operations",
    "raids",
    "attacks",
    "missions",
    "patrols",
    "incidents",
    "searches",
    "sorties",
    "interceptions",
    "encounters",
    "strikes",
    "shootings",
    "bombings",
    "robberies",
    "burglaries",
    "seizures",
    "busts",
    "sweeps",
    "crackdowns",
)
