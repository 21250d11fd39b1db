"""A season of play counted from the page ("last season", "this season") and a year counted the
same way ("last year", "this year") told of one happening in related sentences: one time.

Sport counts its time in seasons, and its press says "last year" for last season: "Last season
he led the club to their first postseason berth" / "Cheeks led the 76ers to the playoffs last
year". A bare "season" is a season of play (a season of weather, "last summer", is
``told_seasons``' business), and a league's season straddles the turn of the year, so no page
date can put it in one calendar year: the two stand for one time when they count the same way
("last" / "last"), only inside related sentences, as a count of years does (``told_years``).
Two pages dated in different years count from different years, and must land on the same one.
"""

from __future__ import annotations

import re
from datetime import date

from desktop.core.extract import Analysis, Fact
from desktop.core.lexicon.years import PLAY_SEASON_COUNTS, YEAR_COUNTS
from desktop.core.model import MentionType

_COUNT = "|".join(sorted(PLAY_SEASON_COUNTS, key=len, reverse=True))
_PLAY_SEASON = re.compile(rf"\b(?P<count>{_COUNT})\s+season\b", re.I)
_YEAR = re.compile(r"\b(?P<count>" + "|".join(YEAR_COUNTS) + r")\s+year\b", re.I)
_WHEN = frozenset({MentionType.DATE, MentionType.TIME})


def play_season_told(
    fact: Fact, mine: Analysis, theirs: Analysis, related: dict[int, set[int]]
) -> bool:
    """A year counted from the page told by a season of play counted the same way in a related
    sentence of the other side ("last year" / "last season"), or such a season by such a year."""
    if fact.type not in _WHEN or fact.said_on or fact.other_event:
        return False
    words = mine.document.text[fact.start : fact.end]
    shift = _shift(_YEAR, YEAR_COUNTS, words)
    pattern, counts = _PLAY_SEASON, PLAY_SEASON_COUNTS
    if shift is None:
        shift = _shift(_PLAY_SEASON, PLAY_SEASON_COUNTS, words)
        pattern, counts = _YEAR, YEAR_COUNTS
    if shift is None:
        return False
    text = theirs.document.text
    for j in related.get(fact.sentence, ()):
        sentence = theirs.sentences[j]
        for match in pattern.finditer(text, sentence.start, sentence.end):
            theirs_shift = counts[match.group("count").lower()]
            if _same_year((shift, mine.reference_date), (theirs_shift, theirs.reference_date)):
                return True
    return False


def _shift(pattern: re.Pattern[str], counts: dict[str, int], words: str) -> int | None:
    match = pattern.search(words)
    return None if match is None else counts[match.group("count").lower()]


def _same_year(mine: tuple[int, date | None], theirs: tuple[int, date | None]) -> bool:
    """The same count, or, with both pages dated, counts that land on the same year."""
    (shift, reference), (their_shift, their_reference) = mine, theirs
    if reference is None or their_reference is None:
        return shift == their_shift
    return reference.year + shift == their_reference.year + their_shift
