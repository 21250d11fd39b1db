"""Words a personal name may hold in lower case: the particles of family names ("Ludwig van
Beethoven", "Osama bin Laden", "Oscar de la Hoya"). Any other lower-case word ends a name: "Robert
shot Carla" is a man, a verb and a woman, never one person's name."""

from __future__ import annotations

NAME_PARTICLES = frozenset(
    ["de", "del", "della", "der", "di", "da", "das", "do", "dos", "du", "la", "le", "van", "von",
     "den", "ter", "bin", "ibn", "bint", "al", "el", "abu", "y", "e", "zu", "af", "st", "mc", "mac"]
)  # fmt: skip
