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
# Prepositions that put a scene by a place, not in it: "near Jackson", "outside Memphis",
# "near Main Street". The place is a landmark for the reader, not where it happened.
VICINITY_PREPOSITIONS = frozenset(["near", "outside", "nearby", "beside"])
# Last words of a site's name, a place inside some town: "Pinewood Apartments", "Oak Court
# Homes", "Southland Mall", "Lincoln Park". (Buildings and places a victim is taken to are added
# where this is read: FACILITY_HEADS, TAKEN_TO_NOUNS.)
SITE_WORDS = frozenset(
    ["complex", "homes", "courts", "village", "inn", "lounge", "club", "bar", "restaurant",
     "store", "market", "school", "church", "park", "garden", "gardens", "square", "station"]
)  # fmt: skip
