"""Places whose name opens with a compass word that belongs to the name: "South Sudan" is not
the south of Sudan, nor "North Carolina" the north of Carolina, so a place key keeps the word
(names.place_key strips it from "southern Iran", a direction inside Iran)."""

from __future__ import annotations

COMPASS_NAMED_PLACES = frozenset(
    ["south africa", "south sudan", "south korea", "north korea", "north macedonia",
     "east timor", "western sahara", "northern ireland", "west bank", "south ossetia",
     "north carolina", "south carolina", "north dakota", "south dakota", "west virginia",
     "new south wales", "western australia", "south australia", "northern territory",
     "south america", "north america", "central america"]
)  # fmt: skip

# The nationality words of those places, lower case, to the place they point at.
COMPASS_DEMONYMS = {
    "south sudanese": "south sudan", "south korean": "south korea", "north korean": "north korea",
    "east timorese": "east timor", "northern irish": "northern ireland",
    "south american": "south america", "north american": "north america",
    "central american": "central america",
}  # fmt: skip

# Compass words that say where inside a place, not which place: names.place_key strips them from
# "southern Iran" (a direction inside Iran), keeping those that open a name above.
DIRECTION_WORDS = frozenset(
    [
        "northern",
        "southern",
        "eastern",
        "western",
        "north",
        "south",
        "east",
        "west",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "north-east",
        "north-west",
        "south-east",
        "south-west",
        "central",
        "northeastern",
        "northwestern",
        "southeastern",
        "southwestern",
    ]
)
