"""An event named by its place and its kind, told in other words: "won the Boston Marathon" / "his
first marathon win in Boston", "the Madrid Open" / "the open in Madrid". The name says no more
than where the event is held and what it is; a sentence of the other article that names the
place and the kind of event tells it. The kind named with another place ("the Chicago
marathon"), or the place without the kind, keeps the mark.
"""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings import tuning
from desktop.core.lexicon.name_heads import EVENT_HEADS
from desktop.core.model import MentionType
from desktop.core.naming.names import fold


def event_told_by_place_and_kind(fact: Fact, theirs: Analysis) -> bool:
    """This event's name is a place and a kind of event, and one sentence of the other article
    names both."""
    if fact.type is not MentionType.EVENT:
        return False
    words = re.sub(r"^(the|a|an)\s+", "", fact.text.strip(), flags=re.I).split()
    if len(words) < 2 or words[-1].lower() not in EVENT_HEADS:
        return False
    place = fold(" ".join(words[:-1]))
    kind = re.compile(rf"\b{re.escape(words[-1])}\b", re.I)
    text = theirs.document.text
    return any(
        other.type is MentionType.PLACE
        and fold(other.text) == place
        and _kind_beside(kind, text, other)
        for other in theirs.facts
    )


def _kind_beside(kind: re.Pattern[str], text: str, place: Fact) -> bool:
    """ "Boston's marathon", "the Boston marathon" (the kind right after the place) or "marathon
    win in Boston" (the kind a few words before it): the place is where that event is held."""
    right_after = re.match(r"(?:['’]s)?\s+", text[place.end : place.end + 4])
    if right_after is not None and kind.match(text, place.end + right_after.end()):
        return True
    before = text[max(0, place.start - tuning.EVENT_PLACE_REACH) : place.start]
    return kind.search(before) is not None
