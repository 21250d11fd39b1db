"""Words a longer name may add to a shorter one and still name the same thing: the word that says
what kind of body or place the short name is ("Kraft" / "Kraft Foods", "Commerce" / "Commerce
Department", "Qeshm" / "Qeshm island"), and the small words that join them ("Ministry of Defense").
Lowercase. A site noun ("airport", "jail", "plant") is left out on purpose: "Fort Lauderdale
Airport" is a building in the town, not the town (core/naming/contained_names.py)."""

from __future__ import annotations

from desktop.core.lexicon import GENERIC_NAME_WORDS
from desktop.core.lexicon.name_forms import BODY_HEADS
from desktop.core.lexicon.name_heads import BUSINESS_HEADS

JOINING_WORDS = frozenset(["of", "the", "and", "for", "&"])

KIND_WORDS = GENERIC_NAME_WORDS | BODY_HEADS | BUSINESS_HEADS | JOINING_WORDS
