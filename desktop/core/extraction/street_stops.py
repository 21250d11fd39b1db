"""The full stop of an abbreviated street type never ends a sentence before a lowercase word:
"shot on Martin Luther King Jr. Blvd. near 5th Street" is one sentence, though the small parser
cuts it after "Blvd." (spaCy splits that stop off, unlike the one of "St."). A lowercase word
never opens an English sentence, so only the parser's reading of the stop is wrong; before a
capitalised word ("on Sunset Blvd. Police said") the stop may end one and is left to the parser.
A numbered street is a name too: "heading south on 44th Ave. at about 9 p.m., police said" is
one sentence, and cut after "Ave." its clock time stood alone beside "police said", read as the
time the police spoke."""

from __future__ import annotations

import re
from typing import Any

from desktop.core.lexicon.name_forms import STREET_TYPES


def street_stop_continuations(doc: Any) -> list[int]:
    """The lowercase words right after a capitalised street abbreviation and its full stop
    ("Blvd. near", "Ave. in"): they continue the sentence that names the street. So does the
    abbreviation itself, which closes the name before it ("near 31st | Ave." is no cut)."""
    found = []
    for tok in doc[:-1]:
        if tok.lower_.rstrip(".") not in STREET_TYPES or not tok.text[:1].isupper():
            continue
        if tok.i == 0 or not _street_name(doc[tok.i - 1].text):
            continue  # a street's type closes its name ("Elm Ave.", "44th Ave.")
        found.append(tok.i)
        stop = tok if tok.text.endswith(".") else doc[tok.i + 1]
        if stop.text != "." and not (stop is tok and len(tok.text) > 1):
            continue
        after = stop.i + 1
        if after < len(doc) and doc[after].is_alpha and doc[after].is_lower:
            found.append(after)
    return found


# An ordinal written in figures, the name of a numbered street: "44th", "1st", "3rd", "112th".
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)", re.I)


def _street_name(word: str) -> bool:
    """The word before a street's type can close its name: a capitalised word ("Elm") or an
    ordinal in figures ("44th")."""
    return word[:1].isupper() or _ORDINAL.fullmatch(word) is not None
