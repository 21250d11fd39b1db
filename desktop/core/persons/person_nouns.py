"""A "name" made only of common nouns for people names no one.

"Mom says her son was shot by a neighbor" / "Deborah Ames says her son was shot": the small model
reads the capitalised "Mom" as a person's name, and the two sentences then seem to name two
different people. "The Victim was taken to Grady Hospital" likewise, and "The Shooter fled",
which the model may even read as a place. A linguist reads "Mom",
"Victim", "Suspect" as common nouns standing where a name could stand: they say which relation
or role, and a name the other article gives for it is no contradiction. A name keeps at least one
word that is not such a noun ("Officer Smith", "Sister Mary Ann").
"""

from __future__ import annotations

from desktop.core.lexicon import KINSHIP_NOUNS, PERSON_NOUNS
from desktop.core.lexicon.family_calls import FAMILY_CALLS
from desktop.core.lexicon.people import DESCRIPTION_NOUNS

_ARTICLES = frozenset(["the", "a", "an"])
_COMMON = KINSHIP_NOUNS | PERSON_NOUNS | DESCRIPTION_NOUNS | FAMILY_CALLS


def only_person_nouns(folded_name: str) -> bool:
    """Every word of the (folded) name is a common noun for a person, an article before them
    aside ("the shooter")."""
    words = [w for w in folded_name.replace("'s", "").split() if w not in _ARTICLES]
    return bool(words) and all(w.strip(".,") in _COMMON for w in words)
