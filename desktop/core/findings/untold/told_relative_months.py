"""A month told relatively in an article with no date, against the month the other article names,
in the sentence that tells the same thing: "rejected the budget in last month's vote" / "in the
December vote".

With no date of its own, an article's "last month" can be no month the reader could check against
the other's "December"; but the two sentences tell one happening, each dating it in its own way,
and at the precision both give they do not differ. Neither is a fact the other article lacks, as a
weekday and a "last night" the article cannot place are not (``told._unanchored_pair``). A day
("December 7") is the finer fact: "last month" does not tell it, though it tells "last month". An
article with a date places its "last month" (a month the day passes compare), so this rule never
reads one.
"""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings.alignment.statement_partners import Partners, statement_partner_indices
from desktop.core.findings.bookkeeping.sentence_facts import facts_of
from desktop.core.findings.untold.told import WHEN

_RELATIVE_MONTH = re.compile(r"\b(?:last|this|next|earlier\s+this|later\s+this)\s+month\b", re.I)


def month_told_relatively(fact: Fact, theirs: Analysis, aligned: Partners) -> bool:
    """This month, named or told relatively, is the month a statement partner gives the other
    way, at the month's precision."""
    if fact.type not in WHEN or fact.other_event:
        return False
    if _unplaced_relative_month(fact):
        want = _dated_in_a_month
    elif _named_month(fact):
        want = _unplaced_relative_month
    else:
        return False
    return any(
        other.type in WHEN and not other.other_event and want(other)
        for j in statement_partner_indices(fact, aligned)
        for other in facts_of(theirs, j)
    )


def _unplaced_relative_month(fact: Fact) -> bool:
    """ "last month" in an article whose date does not place it."""
    return fact.date is None and _RELATIVE_MONTH.search(fact.text) is not None


def _dated_in_a_month(fact: Fact) -> bool:
    """ "December", "December 7": a month, with or without its day."""
    return fact.date is not None and fact.date.month is not None


def _named_month(fact: Fact) -> bool:
    """ "December", "in November": a month with no day in it."""
    day = fact.date
    return day is not None and day.month is not None and day.day is None and day.weekday is None
