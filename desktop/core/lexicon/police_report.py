"""How police, and the reports that quote them, word the steps of a shooting, for sentence
alignment (core/events/police_wording.py). Local crime news retells one police statement in each
paper's own words: "was transported to Regional Medical Center" / "was taken to the hospital",
"heard gunfire" / "fired on deputies", "turned the gun on himself" / "committed suicide",
"turned himself in" / "surrendered", "in critical condition" / "critically injured". Each set
below names one step with the same roles, so a sentence that swaps one wording for another still
pairs. Lowercase lemmas, each read as the word of its step."""

from __future__ import annotations

from desktop.core.lexicon.time_words import MONTHS, WEEKDAYS

# Single words, each read as the step it names. "shooting" is left out: nearly every sentence of
# a shooting story says it, so it tells no step. "fire" (a blaze, a dismissal) counts only with
# what it is fired at or with (FIRED_AT).
POLICE_STEP_WORDS: dict[str, frozenset[str]] = {
    # where the wounded are taken: "hospital", and the named kinds of one (HOSPITAL_KINDS)
    "hospital": frozenset(["hospital", "infirmary"]),
    # shots heard or suffered: "heard gunfire" / "shots were fired", "gunshot wounds" / "shot"
    "shoot": frozenset(["gunfire", "gunshot"]),
    # taking one's own life
    "suicide": frozenset(["suicide"]),
    # taking into custody ("custody", "detain" already read as "arrest" by the slot words)
    "arrest": frozenset(["apprehend", "nab"]),
    "surrender": frozenset(["surrender"]),
    "lockdown": frozenset(["lockdown"]),
    # the one who fired
    "gunman": frozenset(["gunman", "shooter", "assailant"]),
    # a condition told by its adjective or its adverb: "in critical condition" / "critically
    # injured", "a fatal shooting" / "fatally shot" / "killed"
    "critical": frozenset(["critical", "critically"]),
    "serious": frozenset(["serious", "seriously"]),
    "death": frozenset(["fatal", "fatally"]),
}

# Adverbs the alignment reads although adverbs are no content words elsewhere: each tells the
# victim's condition as its adjective does.
CONDITION_ADVERBS = frozenset(["critically", "seriously", "fatally"])

# "Medical Center", "trauma center", "emergency room": a hospital by the kind of the place. The
# word before the head names the kind.
HOSPITAL_KINDS: dict[str, frozenset[str]] = {
    "center": frozenset(["medical", "trauma", "health"]),
    "centre": frozenset(["medical", "trauma", "health"]),
    "room": frozenset(["emergency"]),
}

# Verbs that move the wounded to care, a transport only with a hospital after "to" within
# TRANSPORT_REACH tokens: "was rushed to the hospital", "flown to Duke Health's trauma center".
# "taken" alone (to court, into custody) and "rushed" alone (to the scene) are no transport.
TRANSPORT_VERBS = frozenset(
    ["take", "transport", "rush", "fly", "airlift", "carry", "drive", "bring"]
)
TRANSPORT_REACH = 6
TRANSPORT_WORD = "transport"

# "fired on deputies", "fired into the crowd", "fired a shotgun", "opened fire": shooting.
FIRED_AT = frozenset(
    ["on", "at", "into", "upon", "shot", "shots", "round", "rounds", "bullet", "bullets",
     "weapon", "weapons", "gun", "guns", "shotgun", "rifle", "handgun", "pistol"]
)  # fmt: skip
FIRED_REACH = 2
# "fired on Monday", "fired at 9 a.m.": a dismissal dated, nothing shot at. A preposition of
# FIRED_AT counts only before a word that is no time (nor a figure).
FIRED_PREPOSITIONS = frozenset(["on", "at", "into", "upon"])
NOT_TARGETS = frozenset(
    [*WEEKDAYS, "night", "noon", "midnight", "dawn", "dusk", "about", "around", "approximately",
     "least",
     *MONTHS, "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec."]
)  # fmt: skip

# Words that turn a deed back on its doer: "turned the gun on himself", "gave himself up".
REFLEXIVES = frozenset(["himself", "herself", "themselves", "themself"])
# "turned the gun on himself", "took his own life", "killed himself", "self-inflicted": suicide.
SUICIDE_REACH = 4
OWN_LIFE = ("own", "life")
# "gave himself up", "turned himself in": surrender; the particle follows the reflexive.
SURRENDER_PHRASES = frozenset([("give", "up"), ("turn", "in")])
