"""The rest of the page's year ("later this year", "later in the year") told by a season the
other article names ahead in that year ("in the fall"), and the other way round.

"The studio is in a rush to start the next film in the fall" / "production starting later in the
year": a season named with no count ("in the fall", "this fall"; "last summer" is
``told_seasons``' business) and no year of its own is the one ahead in the page's year, and
"later this year" is the months after the page's; compared at the precision both give, they tell
one time, wherever in the other article it stands, as a day is told by the same day anywhere
there. With the page dated, the season must end after the page's month ("later this year" on a
December page holds no fall); two pages dated in two different years tell two different years.
"the fall of the regime" names no season.
"""

from __future__ import annotations

import re
from datetime import date

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.lexicon.years import SEASON_ENDS

_REST = re.compile(r"\blater\s+(?:this|in\s+the)\s+year\b", re.I)
# A season named with no count back ("last summer" is told_seasons' business) and no year of
# its own ("the fall of 2007" is a date).
_SEASON = re.compile(
    r"\b(?:in\s+the|this|the|by)\s+(?P<season>" + "|".join(SEASON_ENDS) + r")\b(?!\s+(?:of\b|\d))",
    re.I,
)


def year_rest_told(fact: Fact, mine: Analysis, theirs: Analysis) -> bool:
    """This fact is the rest of the page's year and the other article names a season ahead in
    it, or this fact is such a season and the other article tells the rest of its year."""
    if fact.said_on or fact.other_event:
        return False
    words = mine.document.text[fact.start : fact.end]
    text = theirs.document.text
    if _REST.search(words) is not None:
        return any(
            _ahead(m, mine.reference_date, theirs.reference_date) for m in _SEASON.finditer(text)
        )
    season = _SEASON.search(words)
    return (
        season is not None
        and _REST.search(text) is not None
        and _ahead(season, theirs.reference_date, mine.reference_date)
    )


def _ahead(season: re.Match[str], rest_page: date | None, season_page: date | None) -> bool:
    """The season lies in the rest of the page's year: it ends after the page's month. Winter
    runs into the next year and is never wholly ahead. Two pages dated in two different years
    tell two different years."""
    end = SEASON_ENDS[season.group("season").lower()]
    if end < 3:
        return False
    if rest_page is not None and season_page is not None and rest_page.year != season_page.year:
        return False
    page = rest_page or season_page
    return page is None or end > page.month
