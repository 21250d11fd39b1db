"""A minute of play told by its ordinal alone: "Okoro pulled one back in the 51st minute" /
"Okoro headed in a corner in the 51st".

Match reports drop "minute" after the ordinal of a minute of play, where "in the 51st" can be
nothing else: the other article gives the minute in its own words, so no yellow mark says it
never does. The ordinal must end its phrase ("in the 51st.", "in the 51st and"): one with a noun
after it ("the 51st anniversary", "his 51st goal") numbers something else.
"""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Fact
from desktop.core.extraction.patterns import compiled

_MINUTE = re.compile(r"^(?:the\s+)?(\d{1,3}(?:st|nd|rd|th))[\s-]+minute$", re.I)
# Words that may follow a phrase "in the 51st" without being the noun the ordinal qualifies.
_AFTER = r"(?:and|but|to|as|after|before|when|while|with|from|for|of|that|which|on)"


def minute_told_by_its_ordinal(fact: Fact, their_text: str) -> bool:
    """This fact is a numbered minute ("the 51st minute") and the other article writes "in the
    51st" with no noun after the ordinal."""
    match = _MINUTE.match(fact.text.strip())
    if match is None:
        return False
    ordinal = re.escape(match.group(1))
    pattern = compiled(rf"\bin\s+the\s+{ordinal}(?:\s*(?:[.,;:!?)”\"'’—–-]|$)|\s+{_AFTER}\b)", re.I)
    return pattern.search(their_text) is not None
