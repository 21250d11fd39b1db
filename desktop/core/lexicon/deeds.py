"""Verbs that tell one deed in other words: "founded in 2011" / "was established in August 2012"
date one founding (findings/datetimes/spans/deed_years.py). Lowercase lemmas, each to the deed it
names."""

from __future__ import annotations

DEED_SYNONYMS: dict[str, str] = {
    # founding a body
    "found": "establish", "establish": "establish", "form": "establish", "create": "establish",
    # ending a job
    "fire": "dismiss", "sack": "dismiss", "dismiss": "dismiss", "oust": "dismiss",
    # taking a life
    "kill": "kill", "slay": "kill", "murder": "kill",
    # a wedding
    "marry": "marry", "wed": "marry",
    # taking into custody
    "arrest": "arrest", "detain": "arrest", "apprehend": "arrest",
}  # fmt: skip

# Deeds a sentence tells that the other article may tell with another verb or noun, for whole
# sentences retold in other words (findings/events/retold_deeds.py): "had been dismissed last week"
# / "was fired a week ago", "police later caught the suspect" / "he was arrested nearby". Keys are
# content words as the parse gives them (lemmas after the slot fold, so "detained" is already
# "arrest"), each to the deed it names. Deeds that a story tells over and over (a killing in a
# murder story) are left to the once-each test of that module, not left out here.
RETOLD_DEEDS: dict[str, str] = {
    # ending a job
    "fire": "dismiss", "sack": "dismiss", "dismiss": "dismiss", "dismissal": "dismiss",
    "oust": "dismiss", "sacking": "dismiss",
    # taking into custody
    "arrest": "arrest", "apprehend": "arrest", "catch": "arrest", "capture": "arrest",
    "nab": "arrest",
    # giving up a post
    "resign": "resign", "resignation": "resign", "quit": "resign",
    # giving oneself up
    "surrender": "surrender",
    # a verdict
    "convict": "convict", "conviction": "convict",
    # a charge in court
    "charge": "charge", "indict": "charge", "indictment": "charge",
}  # fmt: skip
# Of those, the words that name the deed only as verbs: the noun "fire" is a blaze.
VERB_ONLY_DEEDS = frozenset(["fire", "catch"])
# Words just after a deed's verb that make it name another act: "caught fire", "caught sight of",
# "fired up"; and "fired" that shoots ("fired three shots", "fired at police", "fired into the
# crowd"), a number word or digit after it counting the shots. Not "on": "fired on Tuesday".
DEED_IDIOM_OBJECTS = frozenset(
    ["fire", "light", "up", "sight", "eye", "glimpse", "attention", "at", "into",
     "off", "back", "shot", "shots", "round", "rounds", "bullet", "bullets", "volley", "warning",
     "weapon", "gun", "pistol", "rifle", "one", "two", "three", "four", "five", "six", "seven",
     "eight", "nine", "ten", "several", "multiple", "more", "again", "twice", "once"]
)  # fmt: skip

# A plan or a rule put before the public, told in two verbs: "the rule change, which was unveiled in
# August" / "proposed the new regulations in May" date one proposal
# (findings/datetimes/spans/deed_months.py).
DEED_SYNONYMS.update({"propose": "propose", "unveil": "propose"})
# probegov: giving up a post, told as resigning or quitting: "Grant, who resigned in March" /
# "since Grant quit in April" date one resignation.
DEED_SYNONYMS.update({"resign": "resign", "quit": "resign"})

# probe19: a verb of leaving with "off" or "away" and "with" what is taken: "made off with
# $60,000", "got away with $80,000", "ran off with the takings" tell a theft as "stole" does
# (core/events/taken_away.py). The light verb alone says nothing; the phrase is the deed. Lemmas.
LEAVING_VERBS = frozenset(["make", "get", "run", "walk", "drive"])
LEAVING_PARTICLES = frozenset(["off", "away"])
TAKEN_AWAY_DEED = "steal"

# Phrasal verbs that end a job or a drive, for sentence alignment (core/events/phrasal_deeds.py):
# "who had been recently laid off" / "a former employee recently let go from his job". Each is the
# verb's lemma, the words that must follow it, and the deed; "let go" alone also frees a hostage, so
# it names a dismissal only "from" something.
PHRASAL_DEEDS: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("lay", ("off",), "dismiss"),
    ("let", ("go", "from"), "dismiss"),
    # A traffic stop: "he was pulled over for a violation" / "an officer stopped him"; a driver
    # who "pulled over to the kerb" stopped too.
    ("pull", ("over",), "stop"),
)
