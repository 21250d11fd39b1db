"""How many people live in a place: "Qeshm island, home to 120,000 people", "Zarand, a town of
about 15,000 people", "a city of 2 million".

Such a figure is the place's population, a fact about that place, not about the event: it is
never set against a figure of the story (a toll, a magnitude, a crowd), and two of them tell the
same thing only when they are the populations of one place. A conflict between a population and
any other figure, or between the populations of two places, is dropped.
"""

from __future__ import annotations

import re

from desktop.core.extract import Analysis, Fact
from desktop.core.findings.assembly import Draft
from desktop.core.model import FindingKind, MentionType

_UNKNOWN = ""


def without_foreign_populations(
    drafts: list[Draft], left: Analysis, right: Analysis
) -> list[Draft]:
    """The drafts but conflicts that set a place's population against another figure."""
    return [d for d in drafts if not _unlike(d, left, right)]


def _unlike(draft: Draft, left: Analysis, right: Analysis) -> bool:
    if draft.kind is not FindingKind.CONFLICT or not draft.left or not draft.right:
        return False
    ours = {_owner(left, f) for f in draft.left if _population(left, f)}
    theirs = {_owner(right, f) for f in draft.right if _population(right, f)}
    if not ours and not theirs:
        return False
    if not ours or not theirs:
        return True  # a population against a figure of the story
    known = (ours | theirs) - {_UNKNOWN}
    return len(known) > 1 and not ours & theirs


def _population(analysis: Analysis, fact: Fact) -> bool:
    """The figure follows "home to" or "a town (city, island ...) of"."""
    if fact.number is None or fact.number.dimension:
        return False
    before = analysis.document.text[max(0, fact.start - 40) : fact.start]
    return _BEFORE.search(before) is not None


def _owner(analysis: Analysis, fact: Fact) -> str:
    """The place the population is of: the last place its sentence names before it."""
    places = [
        f.key
        for f in analysis.facts
        if f.sentence == fact.sentence and f.type is MentionType.PLACE and f.end <= fact.start
    ]
    return places[-1] if places else _UNKNOWN


_HEDGES = r"(?:about|some|around|nearly|almost|roughly|approximately|more than|over|an estimated)"
_BEFORE = re.compile(
    rf"(?:\bhome to|\b(?:town|city|village|island|country|nation|province|state|county|district"
    rf"|community|region|suburb|capital|municipality|port)\s+of)\s+(?:{_HEDGES}\s+)?$",
    re.I,
)
