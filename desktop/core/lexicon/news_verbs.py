"""Verbs a news report tells one happening with, for sentence alignment
(core/alignment/news_verbs.py): "Hooded youths hurled petrol bombs" / "a protester threw a petrol
bomb", "police fought pitched battles with protesters" / "police clashed with protesters". Each set
names one event with the same roles (who does it, to what), so a sentence that swaps one verb for
another still pairs. Words that change the roles are left out: "pelted police with stones" makes the
target the object; "tossed" also flips a coin and ousts a man ("tossed out")."""

from __future__ import annotations

# Synonym sets, each under the word both articles are read as. Lowercase lemmas; the nouns of a
# set ("clashes", "pitched battles") name the same event as its verbs.
NEWS_VERB_SETS: dict[str, frozenset[str]] = {
    # someone sends a missile through the air at something: the thrower, the thing thrown
    "throw": frozenset(["throw", "hurl", "fling", "lob"]),
    # two sides come to blows: one side, "with" the other
    "fight": frozenset(["fight", "clash", "battle", "brawl", "scuffle", "skirmish"]),
    # a maker brings out a newer version of something it sells: the maker, the product ("updates
    # to both laptops" / "upgrading both laptops").
    "update": frozenset(["update", "upgrade"]),
    # the unlawful killing of a person, the deed and the charge: "two counts of murder" / "charges
    # of double homicide". Read as the death SLOT_SYNONYMS makes of "murder" (figure slots keep
    # their own words: only alignment reads this).
    "death": frozenset(["murder", "homicide"]),
}

# Verbs that tell a fire, a disease or unrest moving over ground only with the ground they move
# through: "The fire has progressed rapidly through the store" / "spread quickly through the
# store". "Talks progressed" or "a storm swept the polls" is no spreading, so each counts only
# with a path word within PATH_REACH tokens after it. "spread" itself needs none.
SPREADING_VERBS = frozenset(["progress", "sweep", "rip", "tear"])
SPREAD_PATHS = frozenset(["through", "across", "into", "throughout"])
PATH_REACH = 3
SPREAD_WORD = "spread"

# "were made to leave their homes" / "had to be evacuated from their homes": leaving a place one
# lives in under compulsion is evacuation. Both halves are needed: "forced to leave office" quits
# a post, "left their homes" may be a move. The two words before "leave", and the places after it
# (within LEFT_PLACE_REACH tokens).
COMPELLED = frozenset([("made", "to"), ("forced", "to")])
LEFT_PLACES = frozenset(
    ["home", "house", "apartment", "flat", "building", "area", "village", "town", "city",
     "neighborhood", "neighbourhood", "street", "district"]
)  # fmt: skip
LEFT_PLACE_REACH = 4
EVACUATE_WORD = "evacuate"  # SLOT_SYNONYMS's word for "evacuated", "fled", "displaced"
