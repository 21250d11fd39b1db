"""A surrender told in a phrasal verb: "gave himself up", "turned himself in", "handed himself
over to police". To give oneself up is to be taken into custody, so an article that says so
reports the arrest the other article tells as "was arrested" (``untold_events``): no word of
the arrest's own ("arrest", "surrender") need appear."""

from __future__ import annotations

from desktop.core.findings.events.told_phrasal_verbs import phrasal_verbs, told_by
from desktop.core.lexicon.people import IRREGULAR_PASTS, REFLEXIVES, SURRENDER_PHRASES

# The happening's word a surrender phrase tells (``lexicon/events.py``: "an arrest").
SURRENDER = "surrender"

_PHRASE = phrasal_verbs(SURRENDER_PHRASES, IRREGULAR_PASTS, objects=REFLEXIVES)


def surrender_told(text: str) -> bool:
    """The article tells someone giving themselves up, in a phrasal verb with a reflexive."""
    return told_by(_PHRASE, text)
