"""A place that says where a body has its home, not where the story happens: "the Cupertino,
Calif.-based company", "a Tokyo-based maker", "the firm, headquartered in Houston".

A place joined to "-based" (or "-headquartered") describes the noun after it, as "a Detroit
hospital" does; "based in" and "headquartered in" before a place say the same of the body
before them. The story about that body may be told anywhere: "The Tokyo-based company cut its
prices" is no account of a story set in Japan.
"""

from __future__ import annotations

import re

from desktop.core.extraction.facts import Fact

# After the place: an optional ", State" and a hyphen to "based": "Cupertino, Calif.-based".
_HOME_AFTER = re.compile(
    r"(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?\s*-\s*(?:based|headquartered)\b", re.IGNORECASE
)
# Before the place: "based in", "headquartered in (the)".
_HOME_BEFORE = re.compile(r"\b(?:based|headquartered)\s+in\s+(?:the\s+)?$", re.IGNORECASE)


def names_a_home(text: str, fact: Fact) -> bool:
    """The place is the home of a body: joined to "-based", or after "based in"."""
    if _HOME_AFTER.match(text, fact.end):
        return True
    return _HOME_BEFORE.search(text[max(0, fact.start - 30) : fact.start]) is not None
