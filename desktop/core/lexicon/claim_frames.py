"""Words that say what a value is claimed of (findings/claims/claim_frame.py): the deed a
predicate names, the nouns that name a happening, and the verbs that carry a value without
naming any deed. Lowercase lemmas."""

from __future__ import annotations

# Predicates folded to the one deed they tell, beyond the slot synonyms ("kill", "die", "dead"
# all tell deaths): "jail" and "imprison" a sentence, "charge" and "indict" one charge.
PREDICATE_DEEDS: dict[str, str] = {
    "jail": "sentence", "imprison": "sentence", "sentencing": "sentence",
    "charge": "charge", "indict": "charge", "indictment": "charge",
    "convict": "convict", "conviction": "convict", "guilty": "convict",
    "shooting": "shoot", "gunfire": "shoot",
}  # fmt: skip

# Verbs of measure and of change in a measure: "the toll rose to 10", "an earthquake registering
# 6.1", "weighs 610 grams". The value is the measure of the verb's subject, so the claim's deed
# is the subject's ("toll": deaths), never the verb's own.
MEASURE_VERBS = frozenset(
    ["rise", "climb", "jump", "grow", "increase", "fall", "drop", "decline", "reach", "stand",
     "total", "number", "register", "measure", "weigh", "cost", "sit", "run", "top", "hit",
     "exceed", "surpass", "mount", "soar"]
)  # fmt: skip

# Verbs that carry a value and name no deed of their own: "was 24", "had 3 children", "said on
# Friday", "the shooting happened Friday". A value hanging on one is read as of no known deed.
LIGHT_PREDICATES = frozenset(
    ["be", "have", "say", "tell", "report", "add", "state", "happen", "occur", "take", "make",
     "get", "give", "do", "come", "go", "include", "leave", "put", "bring", "see", "show",
     "become", "remain", "count", "confirm", "announce",
     "according", "accord", "believe", "think", "know", "appear", "seem", "begin", "start",
     "continue", "end", "least", "more", "about", "than",
     # "following her exit on Thursday": a time word joining two happenings, no deed of its own
     "follow", "precede"]
)  # fmt: skip

# Nouns that name a happening a value can be said of ("the 3 dead", "sentencing on Friday",
# "the death toll of 15"), besides nouns ending as an act does (-ing, -tion, -ment).
EVENT_NOUNS = frozenset(
    ["death", "toll", "injury", "attack", "crash", "quake", "earthquake", "fire", "blast",
     "explosion", "trial", "hearing", "verdict", "election", "game", "match", "fight", "visit",
     "arrest", "raid", "robbery", "theft", "murder", "rampage", "storm", "flood", "accident",
     "collision", "sentence", "launch", "release", "deal", "sale", "vote", "win", "loss",
     "victory", "defeat", "aftershock", "tremor", "casualty", "fatality", "dead", "wounded",
     "injured", "election", "explosion", "evacuation", "resignation", "conviction", "eruption",
     "detention", "execution", "nomination", "invasion", "announcement", "appointment",
     "retirement", "settlement", "punishment", "imprisonment"]
)  # fmt: skip
# A noun ending in "-ing" names an act ("sentencing", "shooting", "killing") unless listed below;
# "-tion" and "-ment" name as many things as acts ("regulation", "department"): listed above.
EVENT_NOUN_ENDINGS = ("ing",)
# Act nouns ending so that name a thing, not a happening.
NOT_EVENT_NOUNS = frozenset(
    ["building", "morning", "evening", "thing", "something", "nothing", "anything", "everything",
     "ceiling", "king", "ring", "spring", "string", "wing", "offspring", "station", "nation",
     "population", "information", "location", "position", "department", "government",
     "apartment", "moment", "statement", "question", "mention", "region", "section", "portion",
     "million", "billion", "opinion", "union", "version", "session", "mission", "commission",
     "television", "division", "season", "reason", "person", "prison", "nomination"]
)  # fmt: skip

# Nouns for the two sides of a crime: a value said of one is never said of the other.
VICTIM_NOUNS = frozenset(["victim", "dead", "deceased", "casualty", "wounded", "injured"])
ACCUSED_NOUNS = frozenset(
    ["suspect", "gunman", "shooter", "killer", "assailant", "attacker", "accused", "defendant",
     "perpetrator", "robber", "thief", "murderer", "culprit", "offender", "driver"]
)  # fmt: skip
