"""A span of years told by one of its ends: "the first marriage to Navy man Billy Neal lasted from
1943 to 1947" / "after she divorced Neal in 1947".

A yellow mark says the other article does not report this fact anywhere (issue 8, item 4). A span
from one year to another is told by its ends, and the other article that dates the same happening
by one of those years tells the span at the precision it gives (issue 8, item 2): the marriage
that lasted until 1947 is the one that ended in divorce in 1947. The same happening is the one
the span's holder stands in: the person or body named nearest the span in its sentence ("Billy
Neal", not the story's subject named earlier in it), named again in the other article's sentence
giving the year; or the other article's sentence aligned with this one as one statement. A year
that is no end of the span tells nothing ("divorced Neal in 1948" leaves "1943 to 1947" marked).
An article that writes both ends as years of their own ("led the orchestra from 1960 until 1990",
which the tagger reads as two dates) tells the span whole, wherever they stand.
"""

from __future__ import annotations

import re

from desktop.core.datetimes.year_spans import span_ends, year_span, year_span_key
from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings.alignment.statement_partners import Partners, statement_partners
from desktop.core.findings.bookkeeping.sentence_facts import facts_of, when_facts
from desktop.core.findings.untold.told import WHEN
from desktop.core.model import MentionType

_YEARS_APART = re.compile(
    r"\b(1[5-9]\d\d|20\d\d)\s*(?:-|–|—|to|through|until|till)\s*(1[5-9]\d\d|20\d\d)\b", re.I
)
_HOLDERS = frozenset({MentionType.PERSON, MentionType.ORGANISATION})


def span_told_by_an_end(fact: Fact, mine: Analysis, theirs: Analysis, partners: Partners) -> bool:
    """This span of years, told on the other side by a year that ends it, for its holder."""
    if fact.type not in WHEN:
        return False
    both = span_ends(fact.key)
    years = {
        o.date.year for o in when_facts(theirs) if o.date and o.date.year and not year_span(o.key)
    }
    if both is not None and set(both) <= years:
        return True  # "between 1960 and 1990" / "from 1960 until 1990", read as two years
    span = _YEARS_APART.search(fact.text)
    if span is None:
        return False
    ends = {int(span.group(1)), int(span.group(2))}
    holder = _holder(fact, mine)
    aligned = {s.start for s in statement_partners(fact, theirs, partners)}
    for other in when_facts(theirs):
        if other.date is None or other.date.year not in ends or year_span_key(other.text):
            continue
        if theirs.sentences[other.sentence].start in aligned:
            return True
        if holder is not None and any(
            f.key == holder for f in facts_of(theirs, other.sentence) if f.type in _HOLDERS
        ):
            return True
    return False


def _holder(fact: Fact, mine: Analysis) -> str | None:
    """The key of the person or body named nearest the span in its sentence, if any."""
    names = [f for f in facts_of(mine, fact.sentence) if f.type in _HOLDERS]
    if not names:
        return None
    nearest = min(
        names, key=lambda f: fact.start - f.end if f.end <= fact.start else f.start - fact.end
    )
    return nearest.key
