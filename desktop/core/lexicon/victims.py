"""Words that say whom a victim's harm is told of (``victim_harms.py``): one of several, the
one who fired, an officer, a speaker, a man or a woman. Lowercase."""

from __future__ import annotations

# Words that make a sentence speak of several people hurt.
SEVERAL_WORDS = frozenset(
    ["they", "their", "them", "both", "victims", "people", "men", "women", "others", "several",
     "all", "teens", "teenagers", "children", "boys", "girls", "persons", "adults", "students"]
)  # fmt: skip
# Counts that make it several people when they count people ("two men", "three were shot"), not
# "four months" or "shot two times".
PEOPLE_COUNTS = frozenset(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"])
COUNTED_VERBS = frozenset(["were", "of", "others", "are", "remain", "remained"])
# What an officer does that makes them the teller or the finder, not the one hurt: "officers said",
# "officers found".
RESPONDER_ACTS = frozenset(
    ["said", "say", "says", "found", "find", "responded", "arrived", "discovered", "told", "shot",
     "fired", "returned", "were", "believe", "believed"]
)  # fmt: skip
# Words that start the next victim of a list after a comma: "one", "another", "a fourth".
LIST_STARTS = frozenset(["one", "another"])
LIST_ORDINALS = frozenset(["second", "third", "fourth", "fifth", "sixth", "other", "last"])
# Things, not people, that "one" may count at the head of a wound sentence: "One bullet struck".
NOT_PEOPLE = frozenset(["bullet", "round", "shot", "shotgun", "pellet", "gunshot", "time"])
# Words that start a clause of its own, perhaps of another victim.
CLAUSE_BREAKS = frozenset([";", "though", "although", "whereas", "while"])
# Words before a wound verb that make it passive, its subject the one hit: "was shot".
AUXILIARIES = frozenset(["was", "were", "been", "being", "is", "be", "got", "get"])
# The pronouns that give the victim's sex when no noun does: "shot in her chest".
HE_WORDS, SHE_WORDS = frozenset(["he", "him", "his"]), frozenset(["she", "her", "hers"])
# Words after which a name is a speaker or an officer, not the one hurt.
SPEECH_WORDS = frozenset(["said", "says", "told", "according", "spokesman", "spokeswoman"])
# Nouns that give a victim's sex: "a man was shot", "struck his daughter".
MALE_NOUNS = frozenset(["man", "boy", "son", "brother", "husband", "male", "father", "grandfather"])
FEMALE_NOUNS = frozenset(
    ["woman", "girl", "daughter", "sister", "wife", "female", "mother", "grandmother", "girlfriend"]
)

# A toll told with the one who did it left out ("three people were killed, not including the
# shooter"): that count is one short of a count that takes him in (counted_group.py). The words
# that leave someone out of a count, and the doers they leave out.
LEAVING_OUT_WORDS = ("not including", "excluding", "not counting", "besides", "aside from")
DOER_NOUNS = frozenset(
    ["gunman", "gunmen", "shooter", "shooters", "attacker", "attackers", "assailant",
     "assailants", "suspect", "suspects", "killer", "bomber", "bombers", "perpetrator"]
)  # fmt: skip
# One person named by a role or a tie, who may stand beside a count of others in one group:
# "the pilot and two passengers", "a woman and her three children". Singular nouns only.
ONE_PERSON_NOUNS = frozenset(
    ["pilot", "co-pilot", "copilot", "driver", "captain", "skipper", "conductor", "instructor",
     "guide", "operator", "engineer", "man", "woman", "boy", "girl", "child", "baby", "mother",
     "father", "wife", "husband", "son", "daughter", "teacher", "nurse", "doctor", "worker",
     "passenger", "motorcyclist", "cyclist", "pedestrian", "crewman", "crew member", "teenager"]
)  # fmt: skip

# A list of people told one by one as a clause's subject ("A 25-year-old female and a 21-year-old
# male were treated and released"): the words that open each person, and the nouns that end
# them (findings/counts/listed_counts.py). A member may be a counted group ("two men and a woman"),
# which a count word opens and a plural noun ends.
LISTED_OPENERS = frozenset(["a", "an", "one", "another"])
LISTED_PERSON_NOUNS = frozenset(
    ["man", "woman", "male", "female", "boy", "girl", "teen", "teenager", "child", "juvenile",
     "adult", "victim", "passenger", "driver", "student", "resident", "officer", "deputy"]
)  # fmt: skip
LISTED_GROUP_NOUNS = frozenset(
    ["men", "women", "males", "females", "boys", "girls", "teens", "teenagers", "children",
     "juveniles", "adults"]
)  # fmt: skip
# Words a count of people may carry before its verb: "three others have been", "two more were".
COUNT_NOUNS = frozenset(
    ["other", "others", "more", "people", "persons", "victims", "men", "women", "adults",
     "children", "teens", "teenagers", "students", "patients"]
)  # fmt: skip
# Adverbs between the auxiliary and the participle that leave the deed the same: "have already
# been treated", "were both flown".
DEED_ADVERBS = frozenset(["already", "also", "both", "all", "since", "later", "each", "then"])
# Participles of a deed done to people that do not end in "-ed": "two others were shot", "a man
# and a woman were hurt", "three were taken to hospital" (findings/counts/listed_counts.py).
# Only verbs news copy tells of victims; "left", "given", "seen" are too loose to name a deed.
IRREGULAR_DEED_PARTICIPLES = frozenset(
    ["shot", "hurt", "hit", "struck", "taken", "held", "found", "beaten", "thrown", "bitten",
     "caught", "slain", "flown", "driven", "brought", "sent", "cut", "stuck"]
)  # fmt: skip
