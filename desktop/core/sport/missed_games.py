"""A count of games a player missed: "missed nine games", "sat out the last 14 games", "has been
out for 14 games", "sidelined for six matches".

An injury story tells both how many games a player missed and how many he played ("missed nine
games before returning for the final three", "11 assists in 30 games"): two figures of one noun
that never contradict each other. A count after a verb or a phrase of missing play is the games
missed; it is compared only with another such count."""

from __future__ import annotations

import re
from typing import Any

from desktop.core.lexicon.games import STRETCH_NOUNS

# The words right before the figure that make it a count of games missed, a determiner and a
# word of a stretch ("the last", "his next") between allowed.
_MISSED_BEFORE = re.compile(
    r"\b(?:miss(?:ed|es|ing)?|s[ai]t(?:s|ting)? out|out for|sidelined for|absent for|"
    r"out of action for|ruled out for)(?: (?:the|his|her|their|its))?"
    r"(?: (?:last|next|first|past|final|remaining))?$"
)
# How many words before the figure the phrase may take: "sat out the last" (4).
_REACH = 5


def counts_games_missed(span: Any) -> bool:
    """The figure counts stretches of play ("games", "starts") a player missed."""
    doc = span.doc
    after = span.end
    if after >= len(doc) or doc[after].lemma_.lower() not in STRETCH_NOUNS:
        return False
    words = " ".join(t.lower_ for t in doc[max(span.sent.start, span.start - _REACH) : span.start])
    return _MISSED_BEFORE.search(words) is not None
