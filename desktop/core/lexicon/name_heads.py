"""Last words of a name that say what kind of thing it names (a firm, a building, an area holding
towns), international bodies the model reads as places, and the word endings two spellings of one
name differ by. Lowercase."""

from __future__ import annotations

# Last words of a firm's name: "Gordon Advisers", "Crowley Maritime", "Marfin Bank" name a
# business, never a person or a place.
BUSINESS_HEADS = frozenset(
    ["advisers", "advisors", "partners", "holdings", "bank", "fund", "capital", "maritime",
     "financial", "insurance", "airlines", "airways", "motors", "foods", "studios", "pictures",
     "entertainment", "records", "publishing", "consulting", "industries", "enterprises",
     # the works a trade is carried on in, which name the firm after its town or founder
     # ("Matanuska Creamery", "Anchor Brewery"); none is a surname
     "creamery", "dairy", "bakery", "brewery", "winery", "distillery", "cannery", "foundry",
     "sawmill", "hatchery"]
)  # fmt: skip
# Last words of a building's name: "Maid Building", "Valley Hotel" are places, never people.
FACILITY_HEADS = frozenset(
    ["building", "hotel", "towers", "bridge", "airport", "stadium", "arena", "mall",
     "plaza", "motel", "apartments"]
)  # fmt: skip
# Lower-case nouns of a site or an institution a name may stand before: "the Kandilli observatory",
# "the Stroger hospital". A name there names the site, never a person (unlike "the Obama
# administration", "the Smith family", whose nouns are left out).
NAMED_SITE_NOUNS = FACILITY_HEADS | frozenset(
    ["observatory", "hospital", "university", "institute", "museum", "prison", "jail", "station",
     "school", "college", "clinic", "plant", "factory", "mine", "dam", "port", "refinery"]
)  # fmt: skip
# International bodies named by their initials, which the model reads as places: the UN holds
# meetings "in" no country of its own.
INTERNATIONAL_BODIES = frozenset(
    ["un", "u.n.", "nato", "eu", "e.u.", "imf", "opec", "asean", "who", "unesco", "unicef",
     "interpol", "osce", "iaea", "wto", "unhcr"]
)  # fmt: skip

# Last words of a place name that make it an area holding towns: "Shelby County", "St. Tammany
# Parish", "Cheltenham Township". A town and such an area may be one place at two precisions.
TOWN_HOLDING_AREAS = frozenset(["county", "parish", "township", "borough"])

# Word endings that British and American usage, or two accepted spellings, write two ways:
# "Advisers" / "Advisors", "Centre" / "Center", "Defence" / "Defense", "Organisation" /
# "Organization". Each pair maps the first ending to the second (names.spelled_alike).
SPELLING_VARIANTS = (
    ("isation", "ization"), ("ised", "ized"), ("ise", "ize"), ("yse", "yze"), ("our", "or"),
    ("tre", "ter"), ("ence", "ense"), ("ogue", "og"), ("er", "or"),
)  # fmt: skip
# Common nouns of a trade a headline or lead sets before a firm's name, capitalised only at the
# start of a line: "Carmaker Voss", "Retailer Target" (``findings/names/told_trade_names.py``). Any
# word ending in "-maker" is one too ("drugmaker", "chipmaker").
TRADE_NOUNS = frozenset(
    ["retailer", "grocer", "supermarket", "airline", "carrier", "insurer", "lender", "broadcaster",
     "publisher", "brewer", "miner", "developer", "homebuilder", "conglomerate", "startup",
     "start-up", "utility", "distributor", "manufacturer", "supplier", "shipper", "outfitter"]
)  # fmt: skip
TRADE_SUFFIX = "maker"
# Last words of a named event held in a place: "the Boston Marathon", "the Madrid Open"; the
# place and the kind of event, told in other words ("his marathon win in Boston",
# ``findings/events/told_place_events.py``).
EVENT_HEADS = frozenset(
    ["marathon", "open", "championship", "championships", "tournament", "festival", "fair",
     "parade", "derby", "classic", "summit", "regatta", "carnival", "triathlon", "expo"]
)  # fmt: skip
# A town's own services, named by their kind after the town ("the Phoenix Fire Department") and
# by their kind alone in a story set in the town (``findings/names/told_town_services.py``).
TOWN_SERVICES = frozenset(
    ["fire department", "police department", "fire service", "police service",
     "water department", "parks department", "health department", "fire rescue",
     "fire and rescue", "public works department", "transit authority"]
)  # fmt: skip
# The word a local report calls such a service by: "Police said the victim was Gale Hall" in a
# story datelined HORN LAKE is the Horn Lake Police Department speaking.
TOWN_SERVICE_SHORT_NAMES = {"police department": "police", "police service": "police"}
# Last words of a school's name. "The Horn Lake High School student" tells where a person studies,
# which a description by nationality or trade ("the Ukrainian champion") does not: a fact of its
# own the other article may lack (findings/persons/told_descriptors.py).
SCHOOL_HEADS = frozenset(["school", "academy", "college", "university", "institute"])
# Last words of a hospital's name: "Regional Medical Center", "Grady Memorial Hospital". A
# report that tells a victim "was taken to the hospital" tells the hospital the other article
# names (``findings/locations/told_hospitals.py``).
HOSPITAL_HEADS = frozenset(
    ["hospital", "infirmary", "medical center", "medical centre", "health center",
     "health centre", "trauma center", "trauma centre"]
)  # fmt: skip
# Last words of a natural feature's name, which writers shorten to the head with "the" once the
# story has one of them: "the Persian Gulf" / "the Gulf", "the Jordan Valley" / "the Valley"
# (findings/names/told_feature_heads.py).
FEATURE_HEADS = frozenset(
    ["gulf", "bay", "sea", "ocean", "channel", "strait", "straits", "valley", "peninsula",
     "desert", "canal"]
)  # fmt: skip

# Last words of a care site's name that the small model leaves outside the name it tags:
# "Morningside Recovery", "Cedar Clinic", "Hillcrest Rehab". None is a surname; a one-word name
# right before one is the site's (naming/body_short_names.py), whatever the model typed it.
CARE_SITE_HEADS = frozenset(["clinic", "recovery", "rehab", "hospice", "infirmary", "sanatorium"])
# A firm's legal form or group word after its name: "Crowley Corp.", "Harrow Group".
FIRM_FORMS = frozenset(
    ["company", "co", "corporation", "corp", "inc", "ltd", "llc", "plc", "group"]
)
