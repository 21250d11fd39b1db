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
from functools import lru_cache

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
    length = len(name.split())
    # Only a key holding every word of this name can own it, so one word's keys are the only
    # candidates: the same test on far fewer keys (stop 57, 0.07 s of a 15,000-word compare).
    candidates = _keys_by_word(tuple(keys)).get(next(iter(words)), ())
    owners = {
        other
        for other, other_words, other_length in candidates
        if other != key
        and other.partition(":")[0] == kind
        and other_length > length
        and words < other_words
        and names_one_thing(name, other.partition(":")[2])
    }
    return owners.pop() if len(owners) == 1 else None


@lru_cache(maxsize=16)
def _keys_by_word(
    keys: tuple[str, ...],
) -> dict[str, list[tuple[str, frozenset[str], int]]]:
    """Each word of a name to the keys whose name holds it, with that name's words and the
    key's word count; built once per list of keys, which one article asks about many times."""
    out: dict[str, list[tuple[str, frozenset[str], int]]] = {}
    for other in keys:
        other_words = frozenset(other.partition(":")[2].split())
        for word in other_words:
            out.setdefault(word, []).append((other, other_words, len(other.split())))
    return out
