"""What an "N-time" figure counts: "a three-time Oscar winner" counts wins, "a nine-time Oscar
nominee" nominations. The figure sits inside a compound adjective whose noun says whose tally it
is, so the parse gives it no counted noun; a winner's count and a nominee's count of one prize
are two tallies (findings/bookkeeping/claims.py, different_things_counted)."""

from __future__ import annotations

from typing import Any

from desktop.core.lexicon.prizes import TIMES_NOUNS

# How many words may stand between "-time" and its noun: "three-time Academy Award winner".
_PRIZE_WORDS = 4


def times_counted(span: Any) -> str:
    """ "win" or "nomination" for a figure written "N-time ... winner/nominee", else ""."""
    doc = span.doc
    at = span.end
    if at < len(doc) and doc[at].text in ("-", "\u2010", "\u2011"):
        at += 1
    if at >= len(doc) or doc[at].lower_ not in ("time", "-time"):
        return ""
    for token in doc[at + 1 : at + 2 + _PRIZE_WORDS]:
        if token.lower_ in TIMES_NOUNS:
            return TIMES_NOUNS[token.lower_]
        if not token.text[:1].isupper():
            return ""
    return ""
