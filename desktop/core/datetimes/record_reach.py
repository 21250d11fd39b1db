"""A year a record reaches back to: "the highest turnout for a provincial vote since 1998", "the
first title since 2004".

"Since" after a superlative tells how far back the record holds: 1998 is the last time a turnout
was as high, not when anything the story tells happened, nor the date of an earlier happening the
other article names ("up from 58.9 percent at the last election in 2021"). Such a year is
compared only with another year a record reaches back to.
"""

from __future__ import annotations

from typing import Any

from desktop.core.lexicon.time_words import RECORD_WORDS

# The tags of superlatives: "highest", "worst", "most".
_SUPERLATIVES = frozenset({"JJS", "RBS"})


def reaches_back_to(span: Any) -> bool:
    """The year follows "since" in a sentence that tells a record before it."""
    doc = span.doc
    if span.start == 0 or doc[span.start - 1].lower_ != "since":
        return False
    sentence = doc[span.start - 1].sent
    return any(
        t.tag_ in _SUPERLATIVES or t.lower_ in RECORD_WORDS
        for t in doc[sentence.start : span.start - 1]
    )
