"""English spellings of one sound that names are written in two ways with: "Katherine" /
"Catherine", "Phillip" / "Philip", "Jon" / "John", "Brittany" / "Britany". Two names that read the
same aloud are one name spelt two ways, not two names (findings/names/given_spellings.py,
findings/locations/street_spellings.py). Rules of English spelling, not a list of names: a hard "c"
and "k", "ph" and "f", a doubled letter and a single one, an "h" that is not heard, "y" for "i".
"""

from __future__ import annotations

import re

# The hard "c" before a back vowel or a consonant ("Catherine", "Carl", "Christopher") is the "k"
# of "Katherine", "Karl", "Kristopher"; before "e", "i", "y" it is soft ("Cecil") and stays.
_HARD_C = re.compile(r"c(?=[aoulr]|h[r])")
# "ph" is "f" ("Philip" / "Filip"), "ck" is "k" ("Dickson" / "Dikson").
_ONE_SOUND = (("ph", "f"), ("ck", "k"))
# An "h" heard only before a vowel: "John" is "Jon", "Sarah" "Sara", "Thomas" "Tomas".
_SILENT_H = re.compile(r"(?<=[a-z])h(?![aeiouy])|(?<=[tdrg])h")
# "y" between letters or at the end is the vowel "i": "Kathy" / "Kathi", "Lynn" / "Linn".
_VOWEL_Y = re.compile(r"(?<=[a-z])y")
_DOUBLED = re.compile(r"([a-z])\1+")


def sound_key(word: str) -> str:
    """The word as it sounds, roughly: letters that spell one sound written as one letter.
    ``word`` is folded (lower case, no accents)."""
    key = _HARD_C.sub("k", word)
    for letters, sound in _ONE_SOUND:
        key = key.replace(letters, sound)
    key = _SILENT_H.sub("", key)
    key = _VOWEL_Y.sub("i", key)
    return _DOUBLED.sub(r"\1", key)


# Vowel letters that tell a name apart no more than its sound does: written "y" or doubled, a
# vowel is still a vowel, so "Trevion" / "Trayveon" keep one frame of consonants.
VOWEL_LETTERS = frozenset("aeiouy")
# Two vowel letters that romanisations of one sound part on: the short "u" of Arabic and Persian
# (damma) is written "o" by one system and "u" by another ("Mohammed" / "Muhammad", "Moammar" /
# "Muammar", "Osama" / "Usama"). An English name misheard or mistyped seldom trades these two, so a
# name whose spellings part there is a transliteration, which a journalist would not correct.
TRANSLITERATED_VOWELS = frozenset({frozenset("ou")})
# The glide a romanisation writes after a vowel: the Persian and Arabic "ye" and the Russian short
# "i" are "i" in one system and "y" in another ("Heidar" / "Heydar", "Sergei" / "Sergey",
# "Alexei" / "Alexey"), and the Russian ending "-iy" is plain "-y" in another ("Dmitriy" /
# "Dmitry", "Zelenskiy" / "Zelensky"). English given names, their spelling settled, seldom trade
# "ei" for "ey" (German surnames do: "Meier" / "Meyer" are two families, so a surname keeps them
# apart), and no English name ends in "-iy"; "Kathy" / "Kathi" stays a slip to check.
ROMANISED_GLIDES = (("ey", "ei"),)
ROMANISED_ENDINGS = (("iy", "y"),)
