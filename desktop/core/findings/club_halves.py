"""A club named by its city in one sentence and by its nickname in the other's copy of it: "The
Philadelphia Eagles beat the Dallas Cowboys 27-20" / "The Eagles defeated Dallas 27-20".

Each half of a club's name stands for the whole once an article has written the two together,
city then nickname ("the Dallas Cowboys", "the Toronto Maple Leafs"), so the city in place of the nickname is one name
retold, not another team swapped in. No list of clubs is needed, and a city no article joins to
a nickname stays a place that may really differ.
"""

from __future__ import annotations

import re

from desktop.core.extract import Analysis, Fact
from desktop.core.model import MentionType

_HALVES = frozenset({MentionType.ORGANISATION, MentionType.PLACE})


def one_club(left: Analysis, fa: Fact, right: Analysis, fb: Fact) -> bool:
    """``fa`` and ``fb`` are the city and the nickname of one club whose whole name either
    article writes, the two words in a row."""
    if MentionType.ORGANISATION not in (fa.type, fb.type) or not {fa.type, fb.type} <= _HALVES:
        return False
    texts = left.document.text, right.document.text
    return any(
        written_together(first.text, second.text, text)
        for first, second in ((fa, fb), (fb, fa))
        for text in texts
    )


def written_together(city: str, nickname: str, text: str) -> bool:
    if city.casefold() == nickname.casefold():
        return False
    # "the Toronto Maple Leafs": a nickname of two words ends the club's name.
    found = re.search(rf"\b{re.escape(city)} (?:[A-Z][\w'.-]* )?{re.escape(nickname)}\b", text)
    return found is not None
