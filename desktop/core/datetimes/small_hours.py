"""A day told with the small hours just before it: "shortly after midnight on Sunday", "at 1:30
a.m. Sunday". The tagger makes "Sunday" the date and the clock a fact of its own, so the date's
words alone do not say the small hours; the words before it do.
"""

from __future__ import annotations

import re
from typing import Any

from desktop.core.extraction.parse_cache import sentence_bounds

# Words of the small hours after midnight.
# probewar: and a 24-hour clock of those hours, as wire copy gives a truce's start ("at 0000 local
# time on Sunday", "from 03:00 GMT").
SMALL_HOURS = re.compile(
    r"\b(early|midnight|overnight|(12|1|2|3|4|5)(:\d\d)?\s*a\.?m\.?|0[0-4]:?[0-5]\d)\b", re.I
)
# Tokens before a day its clock may stand in: "shortly after midnight on Sunday" (4), "at about
# 1:30 a.m. on Sunday" (6). Not fitted: a clock phrase with a hedge and "on".
_REACH = 6


def after_small_hours(span: Any) -> bool:
    """The day's own sentence gives the small hours right before it."""
    before = span.doc[
        max(sentence_bounds(span.doc, span.start)[0], span.start - _REACH) : span.start
    ]
    return bool(SMALL_HOURS.search(before.text))


def at_midnight(span: Any) -> bool:
    """ "at midnight on Saturday", "from midnight Saturday": midnight named with a day is where
    that day ends and the next begins, so it is the night of the day as much as its small hours
    ("after midnight Sunday" is Sunday's small hours alone). So is a night told across two dates:
    "an overnight fire Friday" may be the night that ends Friday or the one that follows it, and
    it shares hours with "Friday night"."""
    before = span.doc[
        max(sentence_bounds(span.doc, span.start)[0], span.start - _REACH) : span.start
    ]
    return bool(_AT_MIDNIGHT.search(before.text))


_AT_MIDNIGHT = re.compile(r"(?<!after )(?<!past )\bmidnight\b|\bovernight\b", re.I)
