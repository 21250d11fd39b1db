"""Happenings a reporter states as facts of their own ("was arrested", "resigned", "pleaded
guilty", "held them hostage"), each with the words any report of it would use
(``findings/untold/untold_events.py``).

Words are the engine's folded content words (``SLOT_SYNONYMS``: "detain" and "custody" are
"arrest", "fled" is "evacuate", "prison" and "jail" are "sentence"). A group lists every word
that tells its happening, loosely: an article that speaks of the happening in any of them
"reports it", and only one that uses none lacks it. Words with an everyday sense besides the
happening ("fire", "release", "book", "hold") are left out: they would tell it by chance.
"""

from __future__ import annotations

# The happening's name (for the reason) -> the words that report it. One word belongs to one
# happening, so a word is marked once.
EVENT_GROUPS: dict[str, frozenset[str]] = {
    "an arrest": frozenset(["arrest", "apprehend", "capture", "nab", "surrender", "handcuff"]),
    "a charge": frozenset(["charge", "indict", "indictment", "arraign", "arraignment"]),
    "a plea": frozenset(["plead", "plea"]),
    "a conviction": frozenset(["convict", "conviction", "verdict"]),
    "an acquittal": frozenset(["acquit", "acquittal"]),
    "a sentence": frozenset(["sentence", "sentencing"]),
    "an extradition": frozenset(["extradite", "extradition"]),
    "a resignation": frozenset(["resign", "resignation"]),
    "hostages": frozenset(["hostage", "captive", "kidnap", "kidnapping", "abduct", "abduction"]),
    "an escape": frozenset(["escape", "escapee", "breakout"]),
}
# Words that tell a happening too, though they are too loose to be marked as it: one who "fled"
# (folded to "evacuate") may have escaped; "police caught the suspect" tells his arrest ("caught
# fire" tells none, so "catch" is never marked); a guilty plea is a conviction, and "pleaded
# guilty" is one plea, not a plea and a conviction ("guilty" is never marked).
# A later step of a criminal case tells the steps it presupposes: one convicted, or pleading to a
# charge, was charged ("convicted of killing four people" / "the maximum sentence on each
# charge"), and one charged with a crime was taken in to answer it ("charged with killing two
# women" / "announced Friday they have made an arrest"): the case both articles tell.
EVENT_TOLD_ALSO: dict[str, frozenset[str]] = {
    "an escape": frozenset(["evacuate"]),
    # probecrime36: one "booked" into jail was arrested first ("booked on suspicion of murder" /
    # "arrested on suspicion of homicide").
    "an arrest": frozenset(["catch", "seize", "charge", "indict", "indictment", "arraign", "book"]),
    "a charge": frozenset(["accuse", "convict", "conviction", "verdict", "plead", "plea"]),
    "a conviction": frozenset(["plead", "plea", "guilty"]),
    # "admitted the robberies": the offence admitted (``findings/events/told_admissions.py``).
    "a plea": frozenset(["guilty", "admit offence"]),
    # "quit" as a post ("quit as manager", "quits"); too loose to be marked as a resignation.
    "a resignation": frozenset(["quit"]),
}
# "Plead" is a plea in court only before what is pleaded: "pleaded guilty", "pleaded not guilty",
# "pleaded no contest"; "pleading for help" is none.
PLEAS = frozenset(["guilty", "not", "innocent", "no"])
# "Resign" takes no object: "resigning Teixeira" is re-signing him (the hyphen dropped), no
# resignation. A word of these happenings followed by a name or an object pronoun is no mention.
NO_OBJECT_WORDS = frozenset(["resign"])
OBJECT_PRONOUNS = frozenset(["him", "her", "them", "us", "me"])
# A happening told as to come, not as done (findings/events/coming_steps.py): a modal just before
# its word ("will be charged", "would be arraigned"), a word of expectation before its "to" ("is
# expected to be charged", "due to be sentenced"; "managed to escape" is done), or a clause of time
# or condition in the present ("after he is formally charged", "until he is arrested").
COMING_MODALS = frozenset(["will", "would", "shall", "'ll"])
COMING_LEADS = frozenset(["expected", "due", "set", "going", "likely", "scheduled", "about"])
COMING_SUBORDINATORS = frozenset(["after", "once", "until", "till", "before", "if", "unless",
                                  "when"])  # fmt: skip
PRESENT_AUXILIARIES = frozenset(["is", "are", "'s", "gets", "get"])
# Leaving a post told in a phrasal verb: "stepped down as health secretary", "stood down",
# ``findings/events/told_resignations.py``. Each (verb, particle); past forms the verb does not
# begin.
RESIGNATION_PHRASES = frozenset({("step", "down"), ("stand", "down")})
RESIGNATION_PASTS = {"stand": ("stood",)}
