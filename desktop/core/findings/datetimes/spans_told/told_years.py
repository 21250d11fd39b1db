"""A year counted from the page ("last year", "a year ago", "earlier this year") told by the
other article in another form: the same count ("last year" / "a year ago"), or a named date the
counted year holds ("earlier this year" in a page of December 2008 / "in September" or "2008";
"a decade ago" on a 2024 page / "in 2014", a year either side).

Compared at the precision both give: a counted year is a year (or, "earlier this year", the
months of the page's year up to the page's month), never a guessed day. A page with no date of
its own cannot resolve the count; two reports of one event written about the same time count
the same year, and inside two aligned sentences a named month or year the count cannot be
checked against is the same time told at another precision. A named date the count cannot hold
("last year" on a 2008 page / "in 2005") is not told: it stays one-sided.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import numpy as np

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.extraction.text_search import ascii_lowered
from desktop.core.figures.numbers.values import DateValue, parse_number
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.figures import Relation
from desktop.core.lexicon.years import YEAR_COUNTS, YEAR_PARTS, YEARS_AGO, YEARS_AGO_WORDS
from desktop.core.model import MentionType

_COUNTED = re.compile(
    r"\b(?:(?P<part>"
    + "|".join(sorted(YEAR_PARTS))
    + r")\s+)?(?P<count>"
    + "|".join(YEAR_COUNTS)
    + r")\s+year\b|\b(?P<ago>"
    + "|".join(YEARS_AGO)
    + r"|\d{1,3}|[a-z]+-[a-z]+|"
    + "|".join(YEARS_AGO_WORDS)
    + r")\s+(?P<unit>years?|decades?)\s+ago\b",
    re.I,
)
# The same pattern for lower-cased text: its words are all in lower case.
_LOWER_COUNTED = re.compile(_COUNTED.pattern)


WHEN = frozenset({MentionType.DATE, MentionType.TIME})


@dataclass(frozen=True, slots=True)
class CountedYear:
    """A year told as a count from the page's date, with the part of it the words keep."""

    shift: int  # years from the page's own: -1 for "last year"
    part: str = ""  # "earlier" / "later" this year: the months before / after the page's
    spread: int = 0  # years either side a round count allows: "a decade ago" is not to the year

    def year(self, reference: date | None) -> int | None:
        return None if reference is None else reference.year + self.shift

    def holds(self, reference: date | None, day: DateValue) -> bool | None:
        """Whether a named date lies in this year (and part of it); None when the page's date
        is unknown, so the count cannot be checked."""
        if reference is None:
            return None
        year = reference.year + self.shift
        if day.year is not None and abs(day.year - year) > self.spread:
            return False
        if self.part and day.month is not None:
            before = day.month <= reference.month
            if before != (self.part == "earlier") and day.month != reference.month:
                return False
        # A month with no year ("in September") may be of any year: at best not at odds.
        return None if day.year is None else True

    def same_count(self, other: CountedYear) -> bool:
        """ "last year" / "a year ago"; "earlier this year" / "this year" (the coarser holds
        the finer); not "earlier" / "later" this year."""
        return self.shift == other.shift and (
            not self.part or not other.part or self.part == other.part
        )


@lru_cache(maxsize=4096)
def counted_year(text: str) -> CountedYear | None:
    """The year a date's words count from the page ("last year", "two years ago"). Cached: each
    month or year of one article is checked against every date of the other."""
    match = _COUNTED.search(text)
    if match is None:
        return None
    if match.group("ago"):
        ago = match.group("ago").lower()
        count = YEARS_AGO.get(ago) or _count_of(ago)
        if count is None:
            return None
        if match.group("unit").lower().startswith("decade"):
            # "a decade ago", "two decades ago": years told round, a year either side
            return CountedYear(-10 * count, spread=tuning.DECADE_AGO_SPREAD)
        return CountedYear(-count)
    part = (match.group("part") or "").lower()
    shift = YEAR_COUNTS[match.group("count").lower()]
    return CountedYear(shift, part if shift == 0 else "")


def _count_of(words: str) -> int | None:
    """ "41", "forty-one", "twenty": a whole count of years, in digits or in words."""
    number = parse_number(words)
    if number is None or not number.exact or not float(number.low).is_integer():
        return None
    return int(number.low) if number.low > 0 else None


def counted_year_told(
    fact: Fact, mine: Analysis, theirs: Analysis, related: dict[int, set[int]]
) -> bool:
    """The other article tells the year this fact counts or names, in the other form
    (``related``: this side's sentences -> the other side's sentences related to each)."""
    counted = counted_year(fact.text)
    # "two years ago" may be read as a quantity of years; it dates all the same.
    dating = fact.type in WHEN or (counted is not None and fact.type is MentionType.QUANTITY)
    if not dating or fact.said_on or fact.other_event:
        return False
    partners = related.get(fact.sentence, set())
    if counted is not None:
        return _count_told(counted, mine.reference_date, theirs, partners)
    day = fact.date
    if day is None or (day.year is None and day.month is None) or day.day is not None:
        return False  # a day is finer than any counted year: it is not told by one
    return any(
        _named_in_count(day, other, theirs.reference_date, other.sentence in partners)
        for other in theirs.derived("told_years.counting", _counting)
        # "41 years ago" may be read as a quantity of years; it dates all the same.
        if (other.type in WHEN or other.type is MentionType.QUANTITY)
        and not other.said_on
        and not other.other_event
    )


def _counting(analysis: Analysis) -> list[Fact]:
    """The facts whose words count a year ("two years ago", "last year"), in their order: the
    only ones that may hold a named month or year (a fact's words never change after analyse)."""
    return [f for f in analysis.facts if counted_year(f.text) is not None]


def _count_told(
    counted: CountedYear, reference: date | None, theirs: Analysis, partners: set[int]
) -> bool:
    their_reference = theirs.reference_date
    for theirs_counted in theirs.derived("told_years.counts", _counts):
        if not counted.same_count(theirs_counted):
            continue
        years = counted.year(reference), theirs_counted.year(their_reference)
        if None in years or years[0] == years[1]:
            return True
    for other in theirs.facts:
        day = other.date
        if other.type not in WHEN or other.said_on or other.other_event or day is None:
            continue
        if day.year is None and day.month is None:
            continue
        held = counted.holds(reference, day)
        if held or (held is None and other.sentence in partners):
            return True
    return False


def _named_in_count(day: DateValue, other: Fact, reference: date | None, partner: bool) -> bool:
    """A named month or year ("in September", "2008") the other side's counted year holds."""
    counted = counted_year(other.text)
    if counted is None:
        return False
    held = counted.holds(reference, day)
    return bool(held) or (held is None and partner)


def _counts(analysis: Analysis) -> list[CountedYear]:
    """Every year the article counts from its page, in facts or in plain words ("A year ago,
    the Sixers fired ..." where the parser read no date)."""
    text = analysis.document.text
    # Looked for in the lower-cased text where it meets the case-blind pattern character for
    # character (the engine jumps between letters there); the words are read from the text.
    lowered = ascii_lowered(text)
    found = _COUNTED.finditer(text) if lowered is None else _LOWER_COUNTED.finditer(lowered)
    return [c for m in found if (c := counted_year(text[m.start() : m.end()]))]


def related_sentences(
    scores: np.ndarray, aligned: dict[int, list[tuple[int, float]]], *, left: bool
) -> dict[int, set[int]]:
    """Sentence -> the other side's sentences aligned with it or related to it (they share
    a rare detail's worth of words): where a count no page date resolves is checked."""
    out: dict[int, set[int]] = {i: {j for j, _ in js} for i, js in aligned.items()}
    if scores.size == 0:
        return out
    for i, j in np.argwhere(scores >= tuning.DETAIL_ONE_WORD).tolist():  # plain ints, at once
        mine, other = (i, j) if left else (j, i)
        out.setdefault(mine, set()).add(other)
    return out


def count_at_odds(a: Fact, b: Fact, references: tuple[date | None, date | None]) -> bool:
    """A part of a counted year the other's named month cannot lie in ("earlier this year" on
    a March page / "in September"): the parsed year alone would pass them as one time."""
    for (fact, ref), other in (((a, references[0]), b), ((b, references[1]), a)):
        counted = counted_year(fact.text)
        held = None if counted is None or other.date is None else counted.holds(ref, other.date)
        if counted is not None and counted.part and held is False:
            return True
    return False


def years_ago_relation(a: Fact, b: Fact, refs: tuple[date | None, date | None]) -> Relation | None:
    """ "founded 25 years ago" on a 2024 page / "founded in 1999": a count of years back names a
    year, and a year named apart from it by more than a year ("in 1989") is another year. Within
    a year the two agree: the page's day and the happening's may lie on either side of a new
    year. None when neither is such a pair or the page's date is unknown."""
    for (counted, reference), named in (((a, refs[0]), b), ((b, refs[1]), a)):
        if counted.date is not None or counted.number is None or named.number is not None:
            continue
        if named.date is None or named.date.year is None or reference is None:
            continue
        told = counted_year(counted.text) if counted.text.lower().endswith(" ago") else None
        if told is None or told.shift >= 0:
            continue
        apart = abs(named.date.year - (reference.year + told.shift))
        if apart == 0:
            return Relation.SAME
        return Relation.CONSISTENT if apart <= max(1, told.spread) else Relation.CLASH
    return None
