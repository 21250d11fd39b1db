"""A name the article clips to its first syllable: "The Heff crowned Page" after "Heffner told
the AP". An English clipping keeps the head of the word ("Heff", "Fitz", "Schwarz") and names
whom the full name names, so the clipped form is one name with the full one, told wherever the
other article tells the full name; a clipping may double the consonant the full name writes
once ("Heff" of "Hefner"). Only where one name of the article begins with the clipping:
two ("Cole" in an article naming "Coleman" and "Coles") leave it alone; and only a name the
parser typed a body or a place (a slip: a person's own first name is no clipping), never a place
the gazetteer knows ("Paris" before "Parisi"). A clipping with a diminutive ending ("Indy" of
"Indianapolis") names a place or a body, whatever the parser typed it."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping

from desktop.core.extraction.extract import Fact
from desktop.core.findings import tuning
from desktop.core.locations.places import is_known_place
from desktop.core.model import MentionType
from desktop.core.naming.clipped_forms import clipping_of
from desktop.core.naming.names import fold

_RETYPABLE = frozenset({MentionType.ORGANISATION, MentionType.PLACE})
# A clipping names a person or a body: "Europe" is no clipping of the people's "European".
_OWNERS = _RETYPABLE | {MentionType.PERSON}

Clippable = list[tuple[str, str]]  # (a name's last word, folded; its group's key), sorted


def clippable(groups: Mapping[str, list[Fact]]) -> Clippable:
    """The last word of every name of people and bodies in the article, with its group, sorted
    so that the names a clipping begins are found by bisection, not by reading them all."""
    return sorted(
        {
            (fold(f.text).rsplit(" ", 1)[-1], key)
            for key, facts in groups.items()
            for f in facts
            if f.type in _OWNERS
        }
    )


def clipped_name_owner(key: str, facts: list[Fact], names: Clippable) -> str | None:
    """The key of the one name of the article (``names``, from ``clippable``) whose last word
    begins with this one-word name and goes on, else None."""
    if any(f.type not in _RETYPABLE for f in facts):
        return None
    clip = _one_word(facts)
    if clip is None:
        return None
    owners = _longer_names(names, clip, clip, key) | _undoubled_owners(names, clip, key)
    return owners.pop() if len(owners) == 1 else None


def _undoubled_owners(names: Clippable, clip: str, key: str) -> set[str]:
    """The owners, other than `key`, of the names a clipping that doubled its last consonant
    cuts: "Heff" of "Hefner", where the full name writes the consonant once."""
    head = clip[:-1]
    owners: set[str] = set()
    for word, owner in names[bisect_left(names, (head, "")) :]:
        if not word.startswith(head):
            break
        if owner != key and clipping_of(clip, word):
            owners.add(owner)
    return owners


# The diminutive endings English puts on the head of a place's or a team's name: "Indy" of
# "Indianapolis".
_DIMINUTIVES = ("ie", "y")
# Owners a diminutive clipping may name: a place or a body; "Andy" is no clipping of a person
# called Anderson, but a first name of its own.
_CLIPPED_PLACES = ("place:", "org:")


def diminutive_owner(key: str, facts: list[Fact], names: Clippable) -> str | None:
    """ "Indy led 13-3 at the half" in an article naming "Indianapolis": a one-word name made of
    the head of a place's or a body's name and a diminutive ending, whatever the parser typed
    it (a person, often). The key of the one place or body of the article whose last word
    begins with that head and goes on, else None."""
    clip = _one_word(facts)
    if clip is None:
        return None
    ending = next((e for e in _DIMINUTIVES if clip.endswith(e)), None)
    if ending is None:
        return None
    head = clip[: -len(ending)]
    owners = _longer_names(names, head, clip, key)
    if len(owners) != 1:
        return None
    owner = owners.pop()
    return owner if owner.startswith(_CLIPPED_PLACES) else None


def _one_word(facts: list[Fact]) -> str | None:
    """The one word all the facts write ("the" dropped), when it is long enough to be clipped
    and is no place's own name (a known place is itself, not a clipping of another name)."""
    words = {fold(f.text).removeprefix("the ") for f in facts}
    if len(words) != 1:
        return None
    clip = words.pop()
    if len(clip) < tuning.CLIPPED_NAME_MIN_LETTERS or " " in clip or is_known_place(clip):
        return None
    return clip


def _longer_names(names: Clippable, head: str, clip: str, key: str) -> set[str]:
    """The owners, other than `key`, of the article's names whose last word begins with `head`
    and is longer than `clip`."""
    owners: set[str] = set()
    for word, owner in names[bisect_left(names, (head, "")) :]:
        if not word.startswith(head):
            break
        if len(word) > len(clip) and owner != key:
            owners.add(owner)
    return owners
