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
