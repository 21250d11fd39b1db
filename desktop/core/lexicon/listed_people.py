"""Words of a list of people standing as the subject of a verb ("A 25-year-old woman and a
21-year-old man were treated and released"), which counts its people as a numeral does
(``findings/listed_people.py``). Lowercase."""

from __future__ import annotations

from desktop.core.lexicon import PERSON_NOUNS
from desktop.core.lexicon.people import PLAIN_PERSON_NOUNS, STANDING_PERSON_NOUNS
from desktop.core.lexicon.victims import ONE_PERSON_NOUNS

# Nouns of many people, which a counted item of a list counts ("two children", "three men").
PLURAL_PERSON_NOUNS = frozenset(
    ["men", "women", "boys", "girls", "teens", "teenagers", "children", "victims", "people",
     "persons", "adults", "students", "friends", "brothers", "sisters", "sons", "daughters",
     "passengers", "officers", "deputies", "bystanders", "relatives", "residents", "others",
     "males", "females", "juveniles", "youths", "kids", "suspects", "gunmen", "patients",
     "customers", "employees", "workers", "neighbors", "neighbours"]
)  # fmt: skip
# Nouns of one person each, which a list item with a determiner counts once ("a 25-year-old
# woman", "her son", "the driver"). Singular only: "a man and his sons" counts no one exactly.
ONE_LISTED_NOUNS = (
    frozenset(
        ["victim", "bystander", "friend", "cousin", "brother", "sister", "girlfriend",
         "boyfriend", "grandson", "granddaughter", "grandmother", "grandfather", "uncle", "aunt",
         "nephew", "niece", "toddler", "infant", "officer", "deputy", "kid", "stepson",
         "stepdaughter", "roommate", "fiancee", "fiance", "customer", "clerk", "guard"]
    )
    | ONE_PERSON_NOUNS
    | PLAIN_PERSON_NOUNS
    | STANDING_PERSON_NOUNS
    | frozenset(n for n in PERSON_NOUNS if not n.endswith("s") and n not in PLURAL_PERSON_NOUNS)
) - frozenset(["people", "children", "men", "women", "crew member"])  # fmt: skip
# Words that open a list item naming one person: "a", "another", "her" (son).
ONE_PERSON_DETERMINERS = frozenset(["a", "an", "another", "the", "his", "her", "their", "its"])
# Counts in words a list item may open with: "two children".
ITEM_COUNTS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10,
}  # fmt: skip
# The auxiliary of a passive predicate whose subject is the list or the count: "were treated",
# "have already been treated".
PASSIVE_AUXILIARIES = ("were", "are", "have been", "had been", "has been")
# Words that may stand between the auxiliary and its verb without changing whom it tells of.
PREDICATE_FILLERS = frozenset(["both", "all", "also", "later", "already", "then", "each", "since"])
# What may stand before a list that is a clause's whole subject: "Police said a man and ...".
LIST_LEADS = ("said", "says", "say", "reported", "added", "said that", "say that")
# Participles of a passive predicate that end in neither "-ed" nor "-en": "were shot", "were
# hurt", "were flown".
IRREGULAR_PARTICIPLES = frozenset(
    ["shot", "hurt", "hit", "struck", "held", "found", "kept", "left", "put", "sent", "brought",
     "caught", "bound", "flown", "thrown", "slain", "cut", "led", "told", "sought", "read"]
)  # fmt: skip
