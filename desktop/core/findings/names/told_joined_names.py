"""A name that joins two names the other article gives apart: "a Garmin Forerunner" / "Garmin's
new Forerunner", "the Cairo Citadel" / "the Citadel in Cairo", "Elmford High Street" / "the High
Street in Elmford".

The maker's name before a product's, or the town's before a site's, says which one is meant; an
article that names the maker or the town and writes the product or the site as a name of its own
tells the same thing, so no yellow mark says it does not. Left alone:

* a person's name: a given name and a surname are two words of one name, and "Harris" and
  "Teeter" written apart tell no "Harris Teeter";
* a body whose rest is a kind of body any town has ("Harwick Police", "Surrey Fire and Rescue
  Service"), or a common noun ("the Gulf island"): the rest is no name of its own;
* a place the gazetteer knows whole ("Mexico City", "New York"): one name, not two;
* a rest the other article writes only inside a longer name ("Union" of "the African Union"),
  which is that other name, not this one.
"""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.extraction.patterns import compiled
from desktop.core.extraction.text_search import iter_after
from desktop.core.lexicon import ENGLISH_FUNCTION_WORDS, GENERIC_NAME_WORDS, INSTITUTION_HEADS
from desktop.core.lexicon.city_parts import SITE_WORDS
from desktop.core.locations.places import is_known_place
from desktop.core.model import MentionType
from desktop.core.naming.names import bare_name, fold, org_key

_JOINED_TYPES = frozenset(
    {MentionType.ORGANISATION, MentionType.PLACE, MentionType.EVENT, MentionType.OTHER}
)
_OWNER_TYPES = frozenset({MentionType.ORGANISATION, MentionType.PLACE})
# Words that say what kind of thing a name names, never which one: no name of its own alone.
_KIND_WORDS = INSTITUTION_HEADS | GENERIC_NAME_WORDS | SITE_WORDS
# Capitalised words that may open a sentence before a name without being part of it.
_OPENERS = ENGLISH_FUNCTION_WORDS | {"a", "an", "in", "at", "on", "its"}
_WORD_BEFORE = re.compile(r"([A-Za-z][\w'’.-]*)\s+$")
_WORD_AFTER = re.compile(r"\s+([A-Za-z][\w'’.-]*)")
_NO_WORD_BEFORE = re.compile(r"(?<![\w'’-])")


def joined_names_told(fact: Fact, theirs: Analysis) -> bool:
    """This name is a body or a place the other article names, followed by a name that article
    writes whole (see the module's list)."""
    if fact.type not in _JOINED_TYPES:
        return False
    words = bare_name(fact.text).split()
    if len(words) < 2 or is_known_place(" ".join(words)):
        return False
    owners = theirs.derived("told_joined_names.owners", _owners)
    for cut in range(1, len(words)):
        rest = words[cut:]
        if (
            org_key(" ".join(words[:cut])) in owners
            and _a_name_of_its_own(rest)
            and _written_whole(rest, theirs.document.text)
        ):
            return True
    return False


def _owners(analysis: Analysis) -> frozenset[str]:
    """The bodies and places the article names, as their keys read ("Garmin Ltd." as "garmin")."""
    return frozenset(org_key(f.text) for f in analysis.facts if f.type in _OWNER_TYPES)


def _a_name_of_its_own(words: list[str]) -> bool:
    """Some word is written with a capital ("Forerunner", "Citadel", "High") and says more than
    what kind of thing is named ("Police", "Street" alone)."""
    return any(
        any(c.isupper() for c in w) and fold(w) not in _KIND_WORDS for w in words
    ) and not any(fold(w) in INSTITUTION_HEADS for w in words)


def _written_whole(words: list[str], text: str) -> bool:
    """The other article writes these words as a name standing alone: no capitalised word right
    before them (but a sentence's "The") nor right after them."""
    # The words searched alone and the lookbehind checked where they are found: a pattern that
    # opens with it is tried at every character of the article (``text_search``).
    pattern = compiled(r"\s+".join(map(re.escape, words)) + r"(?![\w'’-])")
    for match in iter_after(_NO_WORD_BEFORE, pattern, text):
        before = _WORD_BEFORE.search(text, max(0, match.start() - 40), match.start())
        after = _WORD_AFTER.match(text, match.end())
        if before and before.group(1)[0].isupper() and fold(before.group(1)) not in _OPENERS:
            continue
        if after and after.group(1)[0].isupper():
            continue
        return True
    return False
