"""The kinds of body a name ends with ('the Marfin Investment Bank'; findings/told_short_bodies.py)."""

from __future__ import annotations

from desktop.core.lexicon import INSTITUTION_HEADS

# A name's last word that says what kind of body it is, so that its first word and this word name
# the body at a coarser precision ("the Marfin bank"; findings/told_short_bodies.py).
BODY_KINDS = INSTITUTION_HEADS | frozenset(
    ["bank", "store", "hotel", "airline", "airlines", "airport", "stadium", "arena", "museum",
     "clinic", "plant", "factory", "mall", "restaurant", "theater", "theatre", "foundation",
     "institute", "prison", "jail", "temple", "mosque", "synagogue", "cathedral"]
)  # fmt: skip
