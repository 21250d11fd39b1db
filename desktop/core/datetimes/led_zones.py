"""Clock zones that time an event: "broke out at about 2045 GMT on Friday", "called at 06:00 BST".

A zone stamps a page's clock ("Updated 9:28 AM EDT", "Nov 12, 2011, 05.51AM IST"), so a sentence
writing one was read as a page stamp and its days dropped. Wire and British copy time the event
itself in a zone, after a preposition of time or a hedge ("at", "about", "shortly before"); a page
stamp's clock follows a verb of posting or a comma, never those. Such a zone stamps no page, as a
zone in brackets does not ("at 10:30 am (0700 GMT)", ``clock.bracketed_zones``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from desktop.core.lexicon import CLOCK_APPROXIMATORS, CLOCK_LEADS, CLOCK_ZONES

_LEADS = CLOCK_APPROXIMATORS | CLOCK_LEADS
# How many words a clock may take before its zone: "2045", "10:30 a.m.", "10 : 30 a.m.".
_CLOCK_REACH = 3
_DIGIT = re.compile(r"\d")


def led_zones(words: Sequence[str]) -> set[str]:
    """Zones a sentence (its words, lowercased) writes after a clock that a preposition of time or
    a hedge leads: "at about 2045 GMT" -> {"gmt"}."""
    found = set()
    for i, word in enumerate(words):
        if word not in CLOCK_ZONES:
            continue
        before = words[max(0, i - _CLOCK_REACH) : i]
        digits = [n for n, w in enumerate(before) if _DIGIT.search(w)]
        if not digits:
            continue
        first = i - len(before) + digits[0]  # where the clock opens
        if first > 0 and words[first - 1] in _LEADS:
            found.add(word)
    return found
