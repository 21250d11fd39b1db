"""The full stop of an abbreviated street type never ends a sentence before a lowercase word:
"shot on Martin Luther King Jr. Blvd. near 5th Street" is one sentence, though the small parser
cuts it after "Blvd." (spaCy splits that stop off, unlike the one of "St."). A lowercase word
never opens an English sentence, so only the parser's reading of the stop is wrong; before a
capitalised word ("on Sunset Blvd. Police said") the stop may end one and is left to the parser."""

from __future__ import annotations

from typing import Any

from desktop.core.lexicon.name_forms import STREET_TYPES


def street_stop_continuations(doc: Any) -> list[int]:
    """The lowercase words right after a capitalised street abbreviation and its full stop
    ("Blvd. near", "Ave. in"): they continue the sentence that names the street."""
    found = []
    for tok in doc[:-1]:
        if tok.lower_.rstrip(".") not in STREET_TYPES or not tok.text[:1].isupper():
            continue
        if tok.i == 0 or not doc[tok.i - 1].text[:1].isupper():
            continue  # a street's type closes its capitalised name ("Elm Ave.")
        stop = tok if tok.text.endswith(".") else doc[tok.i + 1]
        if stop.text != "." and not (stop is tok and len(tok.text) > 1):
            continue
        after = stop.i + 1
        if after < len(doc) and doc[after].is_alpha and doc[after].is_lower:
            found.append(after)
    return found
