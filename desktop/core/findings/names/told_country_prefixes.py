"""A body the other article names without the country or state it is named with: "the U.S.
Fish and Wildlife Service" / "the Fish and Wildlife Service", "the Texas Department of Criminal
Justice" / "the Department of Criminal Justice".

A yellow mark says the other article does not report this fact anywhere. A national body is
named with its country where a reader might mistake it, and without it where the story's setting
says whose it is: the rest of the name, two words or more and written as a name (with its
capitals), is the same body. A one-word rest ("British Airways" / "Airways") names nothing of
its own and is left alone; so is a person.
"""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.extraction.text_search import NO_WORD_BEFORE, search_after
from desktop.core.locations.places import is_region
from desktop.core.model import MentionType
from desktop.core.naming.names import nationality_country, place_key


def body_told_without_its_country(fact: Fact, theirs: Analysis) -> bool:
    """The other article writes this body's name without its leading country or state."""
    if fact.type is not MentionType.ORGANISATION:
        return False
    text = fact.text.strip()
    for split in re.finditer(r"\s+", text):
        prefix, rest = text[: split.start()], text[split.end() :]
        prefix = re.sub(r"^the\s+", "", prefix, flags=re.I)
        if len(prefix.split()) > 2:
            break
        if not _country(prefix) or len(rest.split()) < 2 or not rest[0].isupper():
            continue
        if _written(rest, theirs.document.text):
            return True
    return False


def _country(words: str) -> bool:
    """ "U.S.", "US", "Texas", "American": a country or state, or its adjective."""
    return bool(nationality_country(words)) or is_region(place_key(words))


def _written(name: str, their_text: str) -> bool:
    """The name in its very capitals, word-bounded, spaces as any run of spaces."""
    pattern = re.compile(re.escape(name).replace(r"\ ", r"\s+") + r"(?!\w)")
    return search_after(NO_WORD_BEFORE, pattern, their_text) is not None
