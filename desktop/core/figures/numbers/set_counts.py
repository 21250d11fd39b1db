"""Counts told by a set word on a plural noun: "twin blasts" are two blasts.

"Twin blasts hit the market" tells two blasts as surely as "two blasts" does, and the other
article's "three blasts" must meet it; the model tags no figure there. The word counts only when
it modifies a plural common noun after it: "twin brother" is one brother, and "the Twin Towers"
is a name. A span of time counts no things, and a noun joined to another ("twin bombs and
fires") is no set of its own.

"Both" is left out on purpose (lexicon SET_COUNTS): it points back at a pair the article has
already set up, often a part of the group the other article counts.
"""

from __future__ import annotations

from typing import Any

from desktop.core.lexicon.counted_nouns import SET_COUNTS
from desktop.core.lexicon.time_words import TIME_UNITS

# How a set word hangs on its noun in the parse: as a modifier ("twin blasts"), or as the model
# sometimes tags it, a compound or a determiner.
_SET_DEPS = frozenset(["det", "predet", "amod", "compound", "nummod"])


def counted_by_set(token: Any) -> Any | None:
    """The plural noun a set word counts ("blasts" of "twin blasts"), or None."""
    if token.lower_ not in SET_COUNTS or token.dep_ not in _SET_DEPS:
        return None
    noun = token.head
    if noun.i <= token.i or noun.pos_ != "NOUN" or noun.tag_ != "NNS":
        return None
    if noun.lemma_.lower() in TIME_UNITS:
        return None  # a span of time, no things counted
    if any(child.dep_ in ("conj", "cc") for child in noun.children):
        return None  # two nouns joined, not a set of two
    return noun
