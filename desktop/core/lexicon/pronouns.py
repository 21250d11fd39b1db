"""Third-person personal pronouns that stand for one person, with the sex each names
(``naming/reference.py`` resolves them inside one article). "They" and "it" are left out: they
stand for groups and things as often as for a person, and nothing measured a rule for them.
Lowercase word forms."""

from __future__ import annotations

from desktop.core.lexicon.people import PERSON_PRONOUNS, POSSESSIVE_PRONOUNS

# "he", "him", "his" name a man; "she", "her" a woman ("her" is both object and possessive).
PERSON_PRONOUN_SEXES: dict[str, str] = {**PERSON_PRONOUNS, **POSSESSIVE_PRONOUNS, "him": "m"}
# Courtesy titles that give the sex of the name they stand before ("Mr Smith", "Mrs Lee").
SEXED_TITLES: dict[str, str] = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}
# Words right after a one-word name that refer back to it as a person: "Ford, who ...", "Ford said
# he ..." (``naming/body_short_names``). "Her" is left out: "Lohan checked into Morningside, her
# lawyer said" refers to the person before the place.
REFERRING_BACK_TO_A_PERSON = frozenset({"he", "she", "his", "him", "who"})
