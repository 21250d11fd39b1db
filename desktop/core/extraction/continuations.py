"""A paragraph's first word is never a sentence of its own when a lowercase word follows it:
"Fifteen people were hospitalized" is one sentence, though the small parser cuts it after
"Fifteen" when a headline stands above it. A one-word paragraph ends at its line break; a
lowercase word right after the first word continues the sentence that word opens.

Only these few words are constrained: a constraint on every lowercase word of an article makes
the parser markedly slower (bench.speed: the bare pass went from 5.5 s to 9.1 s)."""

from __future__ import annotations

from typing import Any


def lowercase_continuations(doc: Any, line_starts: list[int]) -> list[int]:
    """The second words of paragraphs that cannot open a sentence: lowercase words right after
    a paragraph's first word (``line_starts`` gives the first token of each line)."""
    found = []
    for first in [0, *line_starts]:
        second = first + 1
        if second >= len(doc):
            continue
        opener, word = doc[first], doc[second]
        if opener.is_punct or opener.is_space or not (word.is_alpha and word.is_lower):
            continue
        found.append(second)
    return found
