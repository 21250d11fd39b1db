"""Words that tell a city named as a place from a city that stands for the body named after it."""

# A place after one of these is where something is, comes from or goes ("a fire in Boston", "the
# mayor of Boston", "flew to Boston"); a city with none of them before it may stand for the team
# or firm named after it ("the Boston bid", "Eddie Jordan (Washington)", "Toronto won").
PLACE_PREPOSITIONS = frozenset(
    ["in", "at", "on", "off", "inside", "near", "outside", "from", "to", "into", "of", "across",
     "around", "throughout", "within", "through", "toward", "towards", "via", "over", "under",
     "beyond", "between", "by", "past", "for", "north", "south", "east", "west"]
)  # fmt: skip
# ... and after "the", a city names a body unless a noun of place follows it: "the Boston bid" is
# the team's, "the Boston area" and "the Boston suburbs" are the city's.
PLACE_NOUNS = frozenset(
    ["area", "areas", "region", "suburb", "suburbs", "neighborhood", "neighbourhood", "metro",
     "city", "county", "district", "street", "streets", "harbor", "harbour", "coast", "outskirts",
     "skyline", "downtown", "airport", "residents", "native", "natives", "police", "mayor"]
)  # fmt: skip

# --- ga20: a city met as a side in a contest ---------------------------------------------------
# A city after one of these is a side, the team named after it ("his coaching debut against
# Washington", "Boston versus New York"), never a place (core/findings/names/told_city_bodies.py).
OPPONENT_WORDS = ("against", "versus", r"vs\.?")
