"""Figures of a happening in another country than the story's: "On Saturday, more than a dozen
people were killed by a quake in eastern China", in a report on a quake on an Iranian island. The
story's countries are those its headline and lead place it in; a sentence that places itself
only in other countries tells another event, and its figures and days are compared only with
figures and days of other events, never with the story's own toll."""

from __future__ import annotations

from collections.abc import Sequence

from desktop.core.extraction.extract import Analysis, Fact, Token
from desktop.core.findings import tuning
from desktop.core.locations.places import is_region, regions_of
from desktop.core.model import MentionType

_LOCATIVES = frozenset(["in", "near", "off", "across", "at"])
# How many words before a place its locative preposition may stand: "in the eastern province of".
_REACH = 3


def mark_events_elsewhere(analysis: Analysis) -> None:
    """Marks the figures and days of body sentences placed only outside the story's countries
    as another event's. A sentence with a place the gazetteer does not know, or a place it does
    not locate ("an Iranian news agency"), is left as it is."""
    story = set().union(
        *(
            _countries(f)
            for f in analysis.facts
            if f.sentence < tuning.LEAD_SENTENCES and f.type is MentionType.PLACE
        )
    )
    if not story:
        return
    where: dict[int, set[str]] = {}
    for fact in analysis.facts:
        if fact.sentence < tuning.LEAD_SENTENCES or fact.type is not MentionType.PLACE:
            continue
        countries = _countries(fact)
        if not placed_in(analysis.sentence_tokens[fact.sentence], fact):
            countries = set()  # "an Iranian news agency", "from China": who, not where
        where.setdefault(fact.sentence, set()).update(countries or {""})
    for fact in analysis.facts:
        placed = where.get(fact.sentence)
        valued = fact.number is not None or fact.date is not None
        if valued and placed and "" not in placed and placed.isdisjoint(story):
            fact.other_event = True


def placed_in(tokens: Sequence[Token], fact: Fact) -> bool:
    """ "in eastern China", "off Sumatra", "near the Afghan border": the place says where, within
    a couple of words after a locative preposition."""
    before = [t for t in tokens if t.end <= fact.start][-_REACH:]
    return any(t.lower in _LOCATIVES for t in before)


def _countries(fact: Fact) -> set[str]:
    """The countries (or US states) a known place is or lies in."""
    if not fact.key.startswith("place:"):
        return set()
    return (
        {fact.key.partition(":")[2], *regions_of(fact.key)}
        if is_region(fact.key)
        else set(regions_of(fact.key))
    )
