"""Words a personal name may hold in lower case: the particles of family names ("Ludwig van
Beethoven", "Osama bin Laden", "Oscar de la Hoya"). Any other lower-case word ends a name: "Robert
shot Carla" is a man, a verb and a woman, never one person's name."""

from __future__ import annotations

NAME_PARTICLES = frozenset(
    ["de", "del", "della", "der", "di", "da", "das", "do", "dos", "du", "la", "le", "van", "von",
     "den", "ter", "bin", "ibn", "bint", "al", "el", "abu", "y", "e", "zu", "af", "st", "mc", "mac"]
)  # fmt: skip

# probewar: the Arabic definite article before a family name, with the forms it takes before a
# "sun letter" ("ad-Din", "ash-Shara", "an-Nahyan"). English styles keep or drop it at will
# ("Jawad al-Bolani" / "Jawad Bolani"), so a surname with and without it is one spelling.
ARABIC_ARTICLES = frozenset(
    ["al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ul"]
)  # fmt: skip
