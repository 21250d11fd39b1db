"""Places named in a list: "the final two games against Detroit and Carolina", "games against
San Diego, Atlanta, Kansas City and Green Bay".

A list joined by "and" or "or" names several places for one frame of words, each its own game,
stop or target; no member fills the one place the frame holds in the story, so a member is never
set against a place the other article puts in the same words ("games against Detroit" / "games
against San Diego"). A place and the region after it ("Channelview, Texas") is one place told at
two precisions, not a list: a comma alone joins no list.
"""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings.bookkeeping.sentence_facts import facts_of
from desktop.core.model import MentionType

_PLACES = (MentionType.PLACE, MentionType.NATIONALITY)

# What stands between two members of a list: a comma, "and", "or", or a comma and either.
_JOIN = re.compile(r"\s*(?:,|,?\s+(?:and|or|&))\s*", re.IGNORECASE)
_JOINED_BY_WORD = re.compile(r"\b(?:and|or)\b|&", re.IGNORECASE)


def in_a_list_of_places(analysis: Analysis, fact: Fact) -> bool:
    """The place is a member of a list of places joined by "and" or "or"."""
    lists = analysis.derived("place_lists", _listed_places)
    return (fact.start, fact.end) in lists


def _listed_places(analysis: Analysis) -> set[tuple[int, int]]:
    text = analysis.document.text
    listed: set[tuple[int, int]] = set()
    for sentence in {f.sentence for f in analysis.facts if f.type in _PLACES}:
        places = sorted(
            (f for f in facts_of(analysis, sentence) if f.type in _PLACES),
            key=lambda f: f.start,
        )
        run: list[Fact] = places[:1]
        joins: list[str] = []
        for fact in places[1:]:
            gap = text[run[-1].end : fact.start]
            if fact.start >= run[-1].end and _JOIN.fullmatch(gap):
                run.append(fact)
                joins.append(gap)
                continue
            _keep_list(run, joins, listed)
            run, joins = [fact], []
        _keep_list(run, joins, listed)
    return listed


def _keep_list(run: list[Fact], joins: list[str], listed: set[tuple[int, int]]) -> None:
    if len(run) >= 2 and any(_JOINED_BY_WORD.search(j) for j in joins):
        listed.update((f.start, f.end) for f in run)
