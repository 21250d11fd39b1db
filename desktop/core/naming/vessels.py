"""Ships' names: a name after a ship prefix ("USS Cole", "INS Tabar", "MV Faina") is a vessel's.

The small model reads a ship as a person ("INS Tabar said to have sunk ...") or a place ("the
Tabar fired"). A copy editor reads the prefix: what follows it names a ship, in every sentence
of both articles, the bare name after the ship's first telling too ("Later, the Tabar fired").
The report has no vessel type; a ship is listed with the bodies (ORG), which act and are named
as a navy's ships are, never on a person card nor in the places list.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from desktop.core.lexicon.not_names import SHIP_PREFIXES
from desktop.core.locations.places import is_known_place
from desktop.core.naming.names import fold

VESSEL_LABEL = "ORG"


def _prefixed(span: Any) -> tuple[str, str] | None:
    """(the full name, the name after the prefix), folded, when a ship prefix opens the span or
    stands right before it; None otherwise."""
    words = span.text.split()
    if len(words) >= 2 and words[0] in SHIP_PREFIXES and words[1][:1].isupper():
        return fold(span.text), fold(" ".join(words[1:]))
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.text in SHIP_PREFIXES and span.text[:1].isupper():
        return fold(f"{before.text} {span.text}"), fold(span.text)
    return None


def vessel_names(spans: Iterable[Any]) -> set[str]:
    """The folded names that name a ship in these spans: each full name, and the name after its
    prefix unless the gazetteer holds a place of that name (navies name ships after cities:
    "INS Lisbon" is a ship, "Lisbon" alone stays the city)."""
    out: set[str] = set()
    for span in spans:
        found = _prefixed(span) if span is not None else None
        if found is None:
            continue
        full, bare = found
        out.add(full)
        if not is_known_place(bare):
            out.add(bare)
    return out
