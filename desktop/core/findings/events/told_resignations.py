"""A resignation told in a phrasal verb: "stepped down as health secretary", "stood down". To step
down from a post is to resign it, so an article that says so reports the resignation the other
tells as "resigned" (``untold_events``): no word of the resignation's own need appear."""

from __future__ import annotations

from desktop.core.findings.events.told_phrasal_verbs import phrasal_verbs, told_by
from desktop.core.lexicon.events import RESIGNATION_PASTS, RESIGNATION_PHRASES

# The happening's word a phrase of leaving tells (``lexicon/events.py``: "a resignation").
RESIGN = "resign"

_PHRASE = phrasal_verbs(RESIGNATION_PHRASES, RESIGNATION_PASTS, not_before=("the", "a", "an"))


def resignation_told(text: str) -> bool:
    """The article tells someone leaving a post in a phrasal verb ("stepped down as CEO"); "stepped
    down the stairs" goes somewhere and tells none."""
    return told_by(_PHRASE, text)
