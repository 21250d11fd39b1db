"""Words that deny a toll: "No one was hurt", "Nobody died", "There were no injuries".

Each harm word names the tolls (see ``SLOT_SYNONYMS``) a denial of it rules out: "no one was
hurt" rules out the injured and the shot, "no casualties" the dead and the injured alike.
"""

from __future__ import annotations

# The people a denial speaks of: everyone. "None of the passengers", "no residents" speak of
# one group only, and another group may well have been hurt.
NOBODY_WORDS = ("no one", "no-one", "nobody")
# Words that may stand between "no one" and the harm: "was", "has been", "was reported",
# "appears to have been", "was immediately reported".
DENIAL_FILLERS = frozenset(
    ["was", "were", "is", "are", "has", "have", "had", "been", "being", "got", "appears",
     "appeared", "to", "reported", "reportedly", "immediately", "believed", "thought",
     "known", "apparently", "initially", "be"]
)  # fmt: skip
# The harm a verb or adjective denies, as the tolls it rules out.
_DEATH = frozenset(["death"])
_HURT = frozenset(["injury", "shoot"])
_HARM = frozenset(["death", "injury", "shoot"])
DENIED_VERBS: dict[str, frozenset[str]] = {
    "killed": _DEATH, "died": _DEATH, "dead": _DEATH, "perished": _DEATH,
    "injured": _HURT, "hurt": _HURT, "wounded": _HURT,
    "harmed": _HARM, "shot": frozenset(["shoot"]),
}  # fmt: skip
# Nouns of harm after "no": "There were no injuries", "no deaths were reported".
DENIED_NOUNS: dict[str, frozenset[str]] = {
    "deaths": _DEATH, "fatalities": _DEATH,
    "injuries": _HURT, "casualties": _HARM,
}  # fmt: skip
# Words that may stand between "no" and the harm noun: "no immediate reports of injuries".
DENIED_NOUN_FILLERS = frozenset(["immediate", "reports", "report", "reported", "of", "any"])
# Words that narrow a denial to some of the people or some of the harm: "no one else", "no
# one was seriously hurt", "nobody on the ground", "no one was hurt in the second blast". A
# denial so narrowed leaves room for the other article's count.
NARROWING_WORDS = frozenset(
    ["else", "other", "others", "further", "additional", "more", "seriously", "critically",
     "badly", "severely", "gravely", "serious", "critical", "severe", "major", "grave",
     "life-threatening", "fatally", "ground", "aboard", "board", "inside", "outside", "among",
     "first", "second", "third", "earlier", "previous", "last", "latest", "another", "new",
     "except", "besides", "but", "apart", "beyond", "yet", "then", "since"]
)  # fmt: skip
