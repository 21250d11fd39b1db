"""A surrender told in a phrasal verb: "gave himself up", "turned himself in", "handed himself
over to police". To give oneself up is to be taken into custody, so an article that says so
reports the arrest the other article tells as "was arrested" (``untold_events``): no word of
the arrest's own ("arrest", "surrender") need appear."""

from __future__ import annotations

import re
from functools import lru_cache

from desktop.core.lexicon.people import IRREGULAR_PASTS, REFLEXIVES, SURRENDER_PHRASES

# The happening's word a surrender phrase tells (``lexicon/events.py``: "an arrest").
SURRENDER = "surrender"


def _forms(lemma: str) -> str:
    # "give" -> "giv\w*" (give, gives, giving, given) or "gave"; "turn" -> "turn\w*".
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    return "|".join([rf"{stem}\w*", *IRREGULAR_PASTS.get(lemma, ())])


_PHRASE = re.compile(
    "|".join(
        rf"\b(?:{_forms(lemma)})\s+(?:{'|'.join(sorted(REFLEXIVES))})\s+{particle}\b"
        for lemma, particle in sorted(SURRENDER_PHRASES)
    ),
    re.I,
)


@lru_cache(maxsize=64)
def surrender_told(text: str) -> bool:
    """The article tells someone giving themselves up, in a phrasal verb with a reflexive."""
    return _PHRASE.search(text) is not None
