"""One span of time told as an age, as years ago, or by the year it began: "a 41-year-old murder
case" / "killed two women 41 years ago"; "his first fight in three years" / "fighting for the
first time since 2005"; "just the third fight in a decade" / "only the third time since 1996".

A yellow mark says the other article does not report this fact anywhere (issue 8, item 4):

* a thing N years old came about N years ago: the age and the years ago count one span;
* "since 2005" and "in three years" measure one span from its first year and by its length.
  Where either article's date is known, the length must match the years counted to it, at the
  precision the count gives (a count in decades holds the years that round to it); with no date,
  the two are compared at the precision both give and do not differ.

Only in a sentence of the other article aligned with this one as one statement: a count of
years elsewhere may measure anything else.
"""

from __future__ import annotations

import re
from datetime import date

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.figures.numbers.values import parse_number
from desktop.core.findings import tuning
from desktop.core.findings.alignment.statement_partners import Partners, statement_partners

_AGO = re.compile(r"\b(\w+)\s+years?\s+ago\b", re.I)
_AGED = re.compile(r"\b(\w+)[-\s]years?[-\s]old\b", re.I)
_SINCE = re.compile(r"\bsince\s+((?:1[89]|20)\d\d)\b", re.I)
# "three years", "a decade", "two decades": a count of years, not an age or a point ("ago").
_COUNT = re.compile(r"\b(\w+)\s+(years?|decades?)\b(?![-\s]+(?:old|ago)\b)", re.I)
_WORDS_FOR_ONE = frozenset({"a", "an", "one"})


def years_told_otherwise(fact: Fact, mine: Analysis, theirs: Analysis, partners: Partners) -> bool:
    words = mine.document.text[fact.start : fact.end + 12]
    if not (_AGED.match(words) or _AGO.match(words) or _COUNT.match(words) or _SINCE.match(words)):
        return False  # no count of years nor a year: nothing to look for in the partners
    reference = mine.reference_date or theirs.reference_date
    for sentence in statement_partners(fact, theirs, partners):
        told = theirs.document.text[sentence.start : sentence.end]
        if _age_as_years_ago(words, told) or _span_by_first_year(words, told, reference):
            return True
    return False


def _age_as_years_ago(mine: str, theirs: str) -> bool:
    """ "41-year-old" / "41 years ago", either way round: the same count of years."""
    for here, there in ((_AGED, _AGO), (_AGO, _AGED)):
        match = here.match(mine)
        if match is None:
            continue
        count = _count(match.group(1))
        if count is not None and count in {_count(m.group(1)) for m in there.finditer(theirs)}:
            return True
    return False


def _span_by_first_year(mine: str, theirs: str, reference: date | None) -> bool:
    """ "three years" / "since 2005", either way round, the count matching the years to the
    article's date where that is known."""
    since = _SINCE.match(mine)
    count = _COUNT.match(mine)
    if since is not None:
        spans = [_years(m) for m in _COUNT.finditer(theirs)]
        firsts = [int(since.group(1))]
    elif count is not None:
        spans = [_years(count)]
        firsts = [int(m.group(1)) for m in _SINCE.finditer(theirs)]
    else:
        return False
    return any(
        span is not None and _fits(first, span, reference) for span in spans for first in firsts
    )


def _fits(first: int, span: tuple[int, int], reference: date | None) -> bool:
    if reference is None:
        return True  # no date to count from: the two do not differ at the precision both give
    years, slack = span
    return abs(reference.year - first - years) <= slack


def _years(match: re.Match[str]) -> tuple[int, int] | None:
    """The years a count gives and how far the true span may lie from it."""
    count = _count(match.group(1))
    if count is None:
        return None
    if match.group(2).lower().startswith("decade"):
        return 10 * count, tuning.DECADE_SLACK_YEARS
    return count, tuning.YEAR_COUNT_SLACK


def _count(word: str) -> int | None:
    if word.lower() in _WORDS_FOR_ONE:
        return 1
    number = parse_number(word)
    if number is None or number.low != number.high or not number.low.is_integer():
        return None
    return int(number.low) if number.low > 0 else None
