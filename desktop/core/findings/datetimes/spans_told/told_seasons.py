"""A season counted from the page ("last summer", "this winter") and a year counted the same way
("last year", "this year") told of one happening in related sentences: one time at two precisions.

"the $90 million guaranteed last year to the outfielder" / "the $90 million deal the outfielder
got just last summer": the season lies in a year (a season of play, "won two games last
season", in the year it began or the next), so an article that gives the season tells the
year, and one that gives the year tells the time of the season at a coarser precision. Compared at
the precision both give: with both pages dated, the season must fall in the year counted ("last
summer" on a December page is this year's summer, not last year's); with a page undated, the count
cannot be checked, and the two stand for one time only inside related sentences, as a count of
years does (``told_years``).
"""

from __future__ import annotations

import re
from datetime import date

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings.datetimes.spans_told.told_years import counted_year
from desktop.core.lexicon.years import PLAY_SEASONS, SEASON_ENDS
from desktop.core.model import MentionType

_SEASON = re.compile(
    r"\b(last|past|this)\s+(" + "|".join([*SEASON_ENDS, *PLAY_SEASONS]) + r")\b", re.I
)
_WHEN = frozenset({MentionType.DATE, MentionType.TIME})


def season_years(match: re.Match[str], reference: date | None) -> set[int] | None:
    """The years a counted season may lie in ("last winter" spans two), None with no page date."""
    if reference is None:
        return None
    count, season = match.group(1).lower(), match.group(2).lower()
    if season in PLAY_SEASONS:
        # "last season" on a December page: the one that began the year before, perhaps ending
        # in this one; "this season" began this year, or the year before if it runs on.
        first = reference.year - (0 if count == "this" else 1)
        return {first, first + 1} if count != "this" else {first - 1, first}
    end = SEASON_ENDS[season]
    year = reference.year
    if count != "this" and reference.month <= end:
        year -= 1  # the season of this year has not ended yet: "last" is the year before's
    return {year - 1, year} if season == "winter" else {year}


def season_told(fact: Fact, mine: Analysis, theirs: Analysis, related: dict[int, set[int]]) -> bool:
    """A year counted from the page told by a season the other side counts ("last year" / "last
    summer"), or a season told by a counted year: anywhere when both pages are dated, else in a
    related sentence."""
    if fact.type not in _WHEN or fact.said_on or fact.other_event:
        return False
    counted = counted_year(fact.text)
    season = _SEASON.search(fact.text)
    if counted is None and season is None:
        return False
    text = theirs.document.text
    # With both pages dated the years are checked, so the other article tells the time in any
    # sentence, as it tells a year it names anywhere; undated, only a related sentence may.
    near = related.get(fact.sentence, set())
    dated = mine.reference_date is not None and theirs.reference_date is not None
    for j, sentence in enumerate(theirs.sentences):
        if j not in near and not dated:
            continue
        said = text[sentence.start : sentence.end]
        if counted is not None:
            mine_year = counted.year(mine.reference_date)
            for other in _SEASON.finditer(said):
                years = season_years(other, theirs.reference_date)
                if mine_year is None or years is None or mine_year in years:
                    return True
        if season is not None:
            years = season_years(season, mine.reference_date)
            their = counted_year(said)
            if their is not None:
                their_year = their.year(theirs.reference_date)
                if years is None or their_year is None or their_year in years:
                    return True
    return False
