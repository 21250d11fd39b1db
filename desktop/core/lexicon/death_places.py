"""Where a report says a victim died: at the scene, on the way to a hospital, or at a hospital
(findings/locations/death_places.py).

Patterns over a lowercased sentence. "Pronounced dead on arrival" names a hospital but says the
victim was dead before reaching it: at the scene, or on the way ("died on the way to the
hospital"), which are two places.
"""

from __future__ import annotations

# Death verbs as a reporter writes them, passive and active.
_DIED = (
    r"(?:died|was pronounced dead|were pronounced dead|was declared dead|succumbed"
    r"(?: to (?:his|her|their) (?:wounds|injuries))?)"
)
# A hospital's name or kind: "a hospital", "Mercy Hospital", "University Medical Center".
_HOSPITAL = r"(?:hospital|medical cent(?:er|re)|trauma cent(?:er|re))"
# Up to three words between the verb and its place: "died two hours later at", "died shortly
# after arriving at".
_BETWEEN = r"(?: [a-z'-]+){0,3}?"

# "died at the scene", "was pronounced dead at the scene", "was found dead on the scene", "was
# killed instantly", "died on the spot".
SCENE_PATTERNS = (
    r"\b(?:(?:was |were )?(?:pronounced |found )?dead|died|(?:was |were )?killed)"
    rf"{_BETWEEN} (?:at|on) the scene\b",
    r"\b(?:died|was killed|were killed) (?:instantly|on the spot)\b",
)
# "pronounced dead on arrival": dead before the hospital, at the scene or on the way there.
ARRIVAL_PATTERNS = (r"\b(?:pronounced )?dead on arrival\b",)
# "died at a hospital", "died later at Mercy Hospital", "was pronounced dead at the hospital",
# "was taken to a hospital, where he died", "died after being taken to a hospital".
HOSPITAL_PATTERNS = (
    rf"\b{_DIED}{_BETWEEN} (?:at|in) (?:a |an |the )?(?:[a-z.'-]+ ){{0,4}}?{_HOSPITAL}\b",
    r"\b(?:taken|rushed|transported|flown|driven|carried|brought)(?: [a-z]+)? to [^;]{0,80}?"
    rf",? where (?:he|she|they|the [a-z]+) (?:later |was later |were later )?{_DIED}\b",
    r"\bdied (?:later |shortly |soon )?after (?:being|he was|she was) "
    r"(?:taken|rushed|transported|flown) to\b",
)

# "died on the way to the hospital", "died while en route to a hospital", "died on her way to
# Mercy Hospital": dead before the hospital, after leaving the scene.
ON_THE_WAY_PATTERNS = (
    rf"\b{_DIED}(?: while| as (?:he|she|they) (?:was|were))? "
    r"(?:en route|on (?:the|his|her|their) way) to "
    rf"(?:a |an |the )?(?:[a-z.'-]+ ){{0,4}}?{_HOSPITAL}\b",
)

# Words before a death that say it is one of several people's: "one died at the scene, the
# other at a hospital", "a second victim died later".
ONE_OF_WORDS = frozenset(["one", "another", "other", "second", "third", "both", "each"])

# "Dead on arrival" is declared at the hospital the victim reached dead; a hospital reading that
# only says where death was declared ("was pronounced dead at Kings County Hospital") tells that
# very declaration, not a death after arrival ("died at the hospital").
DECLARED_DEAD = r"\b(?:pronounced|declared) dead\b"
