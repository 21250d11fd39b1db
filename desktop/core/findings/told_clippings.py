"""A name the article clips to its first syllable: "The Heff crowned Page" after "Heffner told
the AP". An English clipping keeps the head of the word ("Heff", "Fitz", "Schwarz") and names
whom the full name names, so the clipped form is one name with the full one, told wherever the
other article tells the full name. Only where one name of the article begins with the clipping:
two ("Cole" in an article naming "Coleman" and "Coles") leave it alone; and only a name the
parser typed a body or a place (a slip: a person's own first name is no clipping), never a place
the gazetteer knows ("Paris" before "Parisi")."""

from __future__ import annotations

from desktop.core.extract import Fact
from desktop.core.findings import tuning
from desktop.core.model import MentionType
from desktop.core.names import fold
from desktop.core.places import is_known_place

_RETYPABLE = frozenset({MentionType.ORGANISATION, MentionType.PLACE})
# A clipping names a person or a body: "Europe" is no clipping of the people's "European".
_OWNERS = _RETYPABLE | {MentionType.PERSON}


def clipped_name_owner(key: str, facts: list[Fact], groups: dict[str, list[Fact]]) -> str | None:
    """The key of the one name of the article ``groups`` that begins with this one-word name
    and goes on, else None."""
    if any(f.type not in _RETYPABLE for f in facts):
        return None
    words = {fold(f.text).removeprefix("the ") for f in facts}
    if len(words) != 1:
        return None
    clip = words.pop()
    if len(clip) < tuning.CLIPPED_NAME_MIN_LETTERS or " " in clip or is_known_place(clip):
        return None
    owners = {
        other
        for other, named in groups.items()
        if other != key and any(f.type in _OWNERS and _begins(fold(f.text), clip) for f in named)
    }
    return owners.pop() if len(owners) == 1 else None


def _begins(name: str, clip: str) -> bool:
    """The name's last word (a surname, or a one-word name) begins with the clipping and goes
    on: "hugh heffner" of "heff"."""
    last = name.rsplit(" ", 1)[-1]
    return len(last) > len(clip) and last.startswith(clip)
