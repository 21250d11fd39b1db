"""Small counts told by a noun of a group: "a pair of left hooks", "a trio of uppercuts", "a
couple of jabs", "a handful of fans".

The model tags none of these a figure, yet each counts the noun its "of" opens, as "two left
hooks" does, and the other article's "three consecutive left hooks" must meet it. The group noun
is never the thing counted (slot_words, counted_noun): the noun after "of" is. "A pair of them"
takes a part of a group the sentence has named, "a couple of days" is a span of time and "a pair
of handcuffs" one thing: no count of things.
"""

from __future__ import annotations

from typing import Any

from desktop.core.lexicon.counted_nouns import GROUP_COUNTS, PAIRED_THINGS, WHOLE_WORDS
from desktop.core.lexicon.time_words import TIME_UNITS

# "a couple of days" is a span of time and "a couple of times" how often: no things counted.
_NO_THINGS = TIME_UNITS | {"time"}


def counted_by_group(token: Any) -> Any | None:
    """The noun a group word counts ("hooks" of "a pair of left hooks"), or None."""
    doc = token.doc
    if token.lower_ not in GROUP_COUNTS or token.i + 2 >= len(doc):
        return None
    if token.i == 0 or doc[token.i - 1].lower_ not in ("a", "an"):
        return None
    if doc[token.i + 1].lower_ != "of" or doc[token.i + 2].lower_ in WHOLE_WORDS:
        return None
    noun = next((t for t in doc[token.i + 1].children if t.dep_ == "pobj"), None)
    if noun is None or noun.pos_ != "NOUN" or noun.lemma_.lower() in _NO_THINGS:
        return None
    if token.lower_ == "pair" and (
        noun.lemma_.lower() in PAIRED_THINGS or noun.lower_ in PAIRED_THINGS
    ):
        return None  # "a pair of handcuffs": one thing
    return noun
