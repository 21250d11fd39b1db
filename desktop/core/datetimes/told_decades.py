"""A decade written with an apostrophe: "the mid 1930's", "in the late 1990's".

The tokenizer splits "1930's" into the year and a possessive "'s", so the date the model tags
ends at "1930" and reads as the year 1930, which a building "dated to 1935" then contradicts.
A round year with "'s" after it is a decade (style guides prefer "1930s", but many writers put
the apostrophe in), and a part of a decade ("early", "mid", "late") or "the" before it leaves
no possessive reading: "the mid 1930's" is some years of the decade, never the year 1930. The
date's span is widened to take the "'s" in, so that it reads as the decade it tells
(findings/datetimes/spans/decade_years.py). "2010's budget", with neither before it, is a
year's budget and keeps its span.
"""

from __future__ import annotations

import re

from desktop.core.extraction.facts import Fact
from desktop.core.model import MentionType

# A round year ending the date's text, with a part of a decade or "the" before it.
_ROUND_YEAR = re.compile(r"(?:\b(?:early|mid|late)[\s-]+|\bthe\s+)(?:1[6-9]|20)\d0$", re.I)
# The apostrophe (straight or curly) and "s" written right after it, and no more letters.
_APOSTROPHE_S = re.compile(r"['’]s(?![\w'’])")


def whole_decades(facts: list[Fact], text: str) -> None:
    """Widen each date that ends at the year of an apostrophe decade to take the "'s" in."""
    for fact in facts:
        if fact.type is not MentionType.DATE:
            continue
        # The part of a decade may stand just before the tagged span: "the mid [1930]'s".
        before = text[max(0, fact.start - 12) : fact.end]
        if not _ROUND_YEAR.search(before):
            continue
        after = _APOSTROPHE_S.match(text, fact.end)
        if after is not None:
            fact.end = after.end()
