"""A lowercase word after a word never opens a sentence: "Fifteen people were hospitalized" is
one sentence, though the small parser cuts it after "Fifteen" when a headline stands above it.
News prose opens every sentence with a capital, a figure or a quote; a lowercase word that
follows a word (not a stop, a quote mark or a line break) continues the sentence it is in."""

from __future__ import annotations

from typing import Any

from spacy.attrs import IS_ALPHA, IS_LOWER, IS_PUNCT, IS_SPACE


def lowercase_continuations(doc: Any) -> list[int]:
    """The tokens that cannot open a sentence: lowercase words right after a word."""
    if len(doc) < 2:
        return []
    rows = doc.to_array([IS_LOWER, IS_ALPHA, IS_PUNCT, IS_SPACE])
    lower_word = (rows[1:, 0] == 1) & (rows[1:, 1] == 1)
    after_word = (rows[:-1, 2] == 0) & (rows[:-1, 3] == 0)
    return [int(i) + 1 for i in (lower_word & after_word).nonzero()[0]]
