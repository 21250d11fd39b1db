"""Words a name changes between two reporters' styles without naming anything else
(findings/names/told_forms.py): the type of a street, spelled out or shortened; the generic word
that closes a body's name; the office titles a department is named in."""

from __future__ import annotations

# The type of a street and its postal abbreviation: "117th Street" is "117th St.", "97th Ave."
# is "97th Avenue". Only as the last word of a place's name: "St. Louis" opens with a saint.
STREET_TYPES = {
    "st": "street", "ave": "avenue", "av": "avenue", "blvd": "boulevard", "rd": "road",
    "dr": "drive", "ln": "lane", "hwy": "highway", "pkwy": "parkway", "ct": "court",
    "pl": "place", "sq": "square", "ter": "terrace", "cir": "circle", "expy": "expressway",
    "fwy": "freeway", "tpke": "turnpike", "hts": "heights",
}  # fmt: skip

# Words that close a body's name and say what kind of body it is, not which: "Palmer Fire
# Department" and "Palmer Fire & Rescue" are one fire service, "the Bayside Clinic" and "the
# Bayside Center" one clinic. What goes before them names the body.
BODY_WORDS = frozenset(
    ["department", "dept", "service", "services", "rescue", "authority", "district",
     "protection", "bureau", "agency", "office", "center", "centre", "clinic", "squad"]
)  # fmt: skip

# Office titles a government department is named in, its field before or after them:
# "Secretary of Commerce", "the commerce secretary", "the Commerce Department".
OFFICE_HEADS = frozenset(
    ["secretary", "secretaries", "minister", "ministers", "ministry", "ministries",
     "department", "departments", "dept"]
)  # fmt: skip

# Words a place's official name opens with before "of": "the City of Palmer" is Palmer, "the
# Borough of Queens" is Queens.
MUNICIPAL_WORDS = frozenset(
    ["city", "town", "village", "borough", "township", "county", "municipality", "district"]
)

# Head words that name a kind of body, whose field may stand after them in an "of" or "for" phrase
# or before them as a noun: "the Department of Justice" is "the Justice Department", "the Central
# Commission for Elections" "the Central Election Commission" (findings/names/told_order.py).
BODY_HEADS = frozenset(
    ["commission", "committee", "council", "department", "ministry", "board", "bureau",
     "agency", "office", "authority", "institute", "service", "tribunal", "union",
     "association", "federation", "society", "fund", "directorate", "administration"]
)  # fmt: skip

# The compass point a street's name opens with, and its postal abbreviation: "W. Madison St." is
# "West Madison Street". Only before the rest of a street's name (street_forms.py).
STREET_COMPASS = {
    "n": "north", "s": "south", "e": "east", "w": "west",
    "ne": "northeast", "nw": "northwest", "se": "southeast", "sw": "southwest",
}  # fmt: skip
