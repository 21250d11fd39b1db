"""Whether a name written inside a longer one of the same kind names the same thing.

English puts the head of a proper name last and what tells it apart before it. So a short name
is the long one cut short when it ends on the long one's head ("Sox" of "Red Sox", "Aden" of
"Gulf of Aden", "Stroger Hospital" of "John H. Stroger Jr. Hospital"), when all the long one adds
is a word saying what kind of thing the short one is ("Kraft Foods", "Commerce Department",
"Qeshm island"), or when the short one opens the name of an institution called after it
("Therrell" of "Therrell High School"). Elsewhere it is a modifier naming another thing: "Dubai"
in "Dubai Media City", "Fort Lauderdale" in "Fort Lauderdale Airport", "Angeles" in "Los Angeles
Times". The test reads only the two names, so it answers the same whichever article writes the
short one.
"""

from __future__ import annotations

import re

from desktop.core.lexicon import INSTITUTION_HEADS
from desktop.core.lexicon.name_forms import BODY_HEADS
from desktop.core.lexicon.name_kinds import KIND_WORDS
from desktop.core.locations.places import is_known_place


def names_one_thing(short: str, long: str) -> bool:
    """``short``'s words are all in ``long`` (lowercase names, the kind already the same)."""
    if re.findall(r"\d+", short) != re.findall(r"\d+", long):
        return False  # a number tells one apart: "WAVE" / "WAVE 3 News", "79th Academy Awards"
    short_words, long_words = short.split(), long.split()
    added = [w for w in long_words if w not in short_words]
    if all(w in KIND_WORDS for w in added):
        # "Ministry of Defense" / "Defense Ministry" too: only kind words differ. But a town
        # before an institution's head names the town's body: "Town of Halifax" is not the
        # "Town of Halifax Police Department".
        town = " ".join(w for w in short_words if w not in KIND_WORDS)
        body = any(w in INSTITUTION_HEADS for w in short_words)  # "Evansville Police" is one
        return body or not (is_known_place(town) and any(w in INSTITUTION_HEADS for w in added))
    if short_words[-1] == long_words[-1]:
        # One head: the long name tells the same thing apart more precisely, unless both are
        # places of their own, a town written with its state ("Palmer Alaska") or two countries
        # ("South Sudan" / "Sudan").
        rest = " ".join(long_words[: -len(short_words)])
        return not (is_known_place(short) and (is_known_place(rest) or is_known_place(long)))
    # An institution called after its first words ("Northwestern Memorial Hospital"); a place
    # the gazetteer knows is the town there, not the institution ("Dubai" / "Dubai Media City"),
    # and one body's word before a field and a body's head names a part of that body ("House" /
    # "House Natural Resources Committee").
    head = long_words[-1].rstrip(".")  # "Ltd."
    return (
        long_words[: len(short_words)] == short_words
        and head in KIND_WORDS | INSTITUTION_HEADS
        and not is_known_place(short)
        and not (len(short_words) == 1 and len(long_words) >= 3 and head in BODY_HEADS)
    )
