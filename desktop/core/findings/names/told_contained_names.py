"""A name the article also writes in full: "the Sox" in an article that names the "Red Sox",
"Aden" where it names the "Gulf of Aden". The short name is the long one cut short
(core/naming/contained_names.py), so it is one name with it, told wherever the other article
tells the long one. Without this a short name is linked when its article is on the left (each
left name picks its right partner, several may pick one) but left one-sided when it is on the
right (a right name is picked by one left name at most): the verdict hung on which article the
user put first. Only where one longer name of the article holds it; two ("Angels" in an article
naming the "Los Angeles Angels" and the "Anaheim Angels") leave it alone."""

from __future__ import annotations

from collections.abc import Iterable

from desktop.core.naming.contained_names import names_one_thing

# Kinds of name a short form may name: a person's surname is already one key with the full name.
_CUT_SHORT = ("org", "place", "event")


def contained_name_owner(key: str, keys: Iterable[str]) -> str | None:
    """The one other key of the article of the same kind whose name holds this key's name as
    its head or with kind words only, else None."""
    kind, _, name = key.partition(":")
    if kind not in _CUT_SHORT or not name:
        return None
    words = set(name.split())
    owners = {
        other
        for other in keys
        if other != key
        and other.partition(":")[0] == kind
        and len(other.split()) > len(name.split())
        and words < set(other.partition(":")[2].split())
        and names_one_thing(name, other.partition(":")[2])
    }
    return owners.pop() if len(owners) == 1 else None
