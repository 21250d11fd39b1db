"""Words that name a thing, not someone: "threw Molotov cocktails", "used a Taser to subdue him".

One capitalised word before the noun of a thing named after someone (lexicon EPONYM_NOUNS:
"Molotov cocktail", "the Heimlich maneuver") names that thing; a device's trademark used as its
common noun ("a Taser") names the device. Neither is a person, a place or a body the other article
must write to tell the fact: it may say "petrol bombs" or "he was tased". "Molotov" alone and
"Taser International" (a trademark before a capitalised word) stay names.
"""

from __future__ import annotations

from desktop.core.lexicon.not_names import EPONYM_NOUNS, TRADEMARK_NOUNS


def names_a_thing(word: str, following: str | None) -> bool:
    """``word`` (one word as written) with the word after it (``None`` at a sentence's end)
    names a thing, not anyone."""
    lower = word.lower()
    if lower in TRADEMARK_NOUNS:
        return following is None or not following[:1].isupper()
    if following is None or lower not in EPONYM_NOUNS:
        return False
    noun = following.lower()
    return EPONYM_NOUNS[lower] in (noun, noun.removesuffix("s"))
