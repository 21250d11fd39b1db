"""Words that tell a place as a part of a city: "the Austin neighborhood", "the Frankford section",
"the city's West Side". Lowercase."""

from __future__ import annotations

# Nouns after a place name that make it a part of a city ("in the Englewood neighborhood").
CITY_PART_NOUNS = frozenset(
    ["neighborhood", "neighbourhood", "section", "district", "community", "borough", "ward",
     "area", "side", "quarter", "enclave", "precinct", "neighborhoods"]
)  # fmt: skip
# Bodies of a city that speak for its streets: "in Dorchester, Boston police said".
CITY_FORCES = frozenset(["police", "officers", "detectives", "authorities", "fire", "pd"])
# Words before "of" or "from" that make the place after them a landmark to measure from, not the
# place of the event: "30 miles south of Portland", "just north of Atlanta", "two blocks from".
LANDMARK_WORDS = frozenset(
    ["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
     "miles", "mile", "kilometers", "kilometres", "km", "blocks", "block"]
)  # fmt: skip
