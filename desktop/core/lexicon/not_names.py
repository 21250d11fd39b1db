"""Words around a capitalised span that show it names no person, place or body (entity_types.py,
one_sided.py): the noun a work's title in quotes follows, the faiths and peoples the small model
reads as a person's name, the vehicles a maker's name stands before, and the words that open place
names but name no place alone."""

from __future__ import annotations

# Nouns a work's title follows in quotation marks: "the sequel 'Catching Fire'", "her show
# 'Ellen'". The quoted words are the title, not a person.
WORK_NOUNS = frozenset(
    ["sequel", "prequel", "film", "movie", "book", "novel", "memoir", "song", "single", "album",
     "show", "series", "play", "musical", "episode", "documentary", "programme", "program",
     "musical", "opera", "poem", "painting", "game", "franchise", "installment", "instalment"]
)  # fmt: skip

# Faiths and the peoples named by them: a group of people, never one person ("a Sikh temple").
FAITH_WORDS = frozenset(
    ["sikh", "sikhs", "hindu", "hindus", "muslim", "muslims", "christian", "christians",
     "jew", "jews", "jewish", "buddhist", "buddhists", "catholic", "catholics", "protestant",
     "protestants", "mormon", "mormons", "amish", "shia", "shiite", "shiites", "sunni",
     "sunnis", "evangelical", "evangelicals"]
)  # fmt: skip

# Vehicles a maker's name stands before: "her Mercedes SUV", "a Lincoln sedan". The name is the
# make, a product, never the town of that name (Mercedes, Texas; Lincoln, Nebraska).
VEHICLE_NOUNS = frozenset(
    ["suv", "car", "sedan", "truck", "pickup", "van", "minivan", "coupe", "convertible",
     "hatchback", "wagon", "motorcycle", "vehicle", "crossover"]
)  # fmt: skip

# Words that open place names but name no place alone ("Santa Fe", "San Jose", "Fort Worth"):
# "a Santa hat" is no place the article names, whatever the small model typed it.
PLACE_NAME_OPENERS = frozenset({"santa", "san", "santo", "los", "las", "fort", "mount", "saint"})

# Parts and kinds of a device a product's or a technology's name stands before: "two Lightning
# ports", "a Lightning 400 port". People have no ports: a name the small model reads as a person
# there is the product's (entity_types.py).
DEVICE_NOUNS = frozenset(
    ["port", "connector", "connection", "socket", "jack", "slot", "adapter", "cable", "chip",
     "chipset", "processor", "cpu", "gpu", "drive", "card", "display", "screen", "interface",
     "browser", "app", "software", "firmware", "driver", "plug", "charger", "headset",
     # probetech39: the kinds of device a product's name stands before ("its Galaxy S10
     # phone", "Sony's new Xperia 1 phone", "the Surface Pro 7 tablet").
     "phone", "smartphone", "handset", "tablet", "laptop", "notebook", "console",
     "smartwatch", "router"]
)  # fmt: skip

# Verbs whose object, counted or with an article, is a prize: "won an Oscar", "scooped two Baftas".
PRIZE_VERBS = frozenset({"win", "scoop", "bag", "receive", "earn", "collect", "accept"})
# Nouns a prize's name stands before: "a three-time Grammy winner", "the Oscar statuette". Not
# "nomination": "the Kagan nomination" names the one nominated.
PRIZE_NOUNS = frozenset({"winner", "nominee", "statuette", "award", "trophy"})

# Names that, before their noun, make the name of a common thing after someone ("Molotov
# cocktails", "the Heimlich maneuver"): the word names the thing, not the person or a place. The
# noun is the lemma that follows.
EPONYM_NOUNS = {
    "molotov": "cocktail", "richter": "scale", "heimlich": "maneuver", "geiger": "counter",
    "petri": "dish", "bunsen": "burner", "ferris": "wheel",
}  # fmt: skip
# Trademarks written as the common noun of their device ("used a Taser to subdue him"): a stun
# gun, never a place or a person, whatever the small model typed it.
TRADEMARK_NOUNS = frozenset(["taser", "tasers"])

# The prefixes written before a ship's name, in capitals: "USS Cole", "HMS Victory", "INS Tabar"
# (Indian Naval Ship), "MV Sirius Star" (motor vessel). The name after one is a vessel's, never a
# person's nor a place's (naming/vessels.py).
SHIP_PREFIXES = frozenset(
    ["USS", "USNS", "HMS", "HMAS", "HMCS", "HMNZS", "INS", "MV", "RMS", "SS", "RFS", "PNS"]
)  # fmt: skip
