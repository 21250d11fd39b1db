"""A person's full name in a Title Case headline, confirmed by the body's own use of the surname.

A headline in Title Case makes every word look like a name, so a name there counts only when the
body writes it too. A story names its person in full once and by surname after: "Ellen Moreau to
Host Oscars" / "Moreau tweeted ...". When the body tags the lone surname as a person, the headline's
full name is that person, even where the parser missed the body's one full mention.
"""

from __future__ import annotations

import re

from desktop.core.lexicon.people import GENERATIONS
from desktop.core.naming.names import fold

_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def surname_of(name: str) -> str:
    """The folded surname of a written name, past any generation mark: "Joe Boyd Jr." -> "boyd"."""
    words = [fold(w) for w in _WORD.findall(name)]
    while words and words[-1].rstrip(".") in GENERATIONS:
        words.pop()
    return words[-1] if words else ""


def confirmed_by_surname(name: str, label: str, known: dict[str, str]) -> bool:
    """A headline person of given name and surname whose surname the body names as a person."""
    if label != "PERSON":
        return False
    words = _WORD.findall(name)
    given = [w for w in words[:-1] if w[:1].isupper()]
    surname = surname_of(name)
    return len(words) >= 2 and bool(given) and known.get(surname) == "PERSON"
