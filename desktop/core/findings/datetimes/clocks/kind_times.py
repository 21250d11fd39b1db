"""A part of the day that classifies a noun names a kind of thing, not a time: "the star of her
own daytime talk show", "the evening news", "a night shift".

A yellow mark on a time says the other article does not say when something happened. An
attributive "daytime" says what sort of show it is; nothing happened in the daytime, so there is
no time for the other article to lack. A part of the day standing after a word that sets it as
a time ("in the morning police found", "that night officers came") keeps its sense of time.
"""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.lexicon.time_words import KIND_TIME_WORDS, TIME_SETTERS
from desktop.core.model import MentionType

_WHEN = frozenset({MentionType.TIME, MentionType.DATE})
# How far back a word that sets the time is looked for: "in the morning" (two words).
_SETTER_REACH = 2


def names_a_kind(fact: Fact, mine: Analysis) -> bool:
    word = fact.text.strip().lower()
    if fact.type not in _WHEN or word not in KIND_TIME_WORDS:
        return False
    tokens = mine.sentence_tokens[fact.sentence]
    after = next((t for t in tokens if t.start >= fact.end), None)
    text = mine.document.text
    if (
        after is None
        or not after.noun
        or text[fact.end : after.start] != " "
        or not text[after.start].islower()
        or after.lower in KIND_TIME_WORDS
    ):
        return False  # not written before a common noun it classifies
    sentence = mine.sentences[fact.sentence]
    before = re.findall(r"[\w'-]+", text[sentence.start : fact.start].lower())
    return not TIME_SETTERS.intersection(before[-_SETTER_REACH:])
