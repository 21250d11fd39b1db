"""One sum told with a word of magnitude in each article, in sentences that do not align:
"since agreeing a 110 billion ($158 billion) EU and IMF debt bailout" / "as a condition of a
110bn-euro emergency rescue package".

A figure of millions or billions written to the unit ("110 billion", "110bn") is too particular
to meet twice by chance in two reports of one event, and so under one hedge ("around $5.4
billion" / "about $5.4 billion"): given once on each side, it is one sum,
whatever nouns and sentences stand around it, and both articles state it. A currency written on
one side only (a sign lost in the text, "bn-euro" read as a plain figure) does not part the two;
two currencies do. A sum either side gives twice is left to the claims of aligned sentences.
"""

from __future__ import annotations

import re
from dataclasses import replace

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.claims import Relation, relation
from desktop.core.findings.bookkeeping.comparison import value_draft
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.lexicon.magnitudes import MAGNITUDE_WORDS
from desktop.core.model import Side

# A figure stated once, as it is or under one bound ("about", "more than", "up to").
_ONE_FIGURE = frozenset({"", "approx", "lower", "upper"})
_MAGNITUDE = re.compile(r"\d\s*(?:" + "|".join(MAGNITUDE_WORDS) + r")\b", re.I)


def same_sums(left: Analysis, right: Analysis, ledger: Ledger) -> list[Draft]:
    """Agreements on a sum of millions or more each article gives once."""
    refs = (left.reference_date, right.reference_date)
    mine = [f for f in ledger.free(Side.LEFT, left.facts) if _sum(f, left)]
    theirs = [f for f in ledger.free(Side.RIGHT, right.facts) if _sum(f, right)]
    drafts: list[Draft] = []
    for fa in mine:
        matches = [fb for fb in theirs if _same_value(fa, fb)]
        if len(matches) != 1 or sum(_same_value(f, matches[0]) for f in mine) != 1:
            continue
        fb = matches[0]
        if ledger.judged(Side.RIGHT, fb):
            continue
        plain_a, plain_b = _plain(fa), _plain(fb)
        if relation(plain_a, plain_b, refs) is not Relation.SAME:
            continue
        ledger.judge("same sum", [fa], [fb])
        drafts.append(value_draft(Relation.SAME, fa, fb, "", refs, tuning.NOUN_COUNT_CONFIDENCE))
    return drafts


def _sum(fact: Fact, analysis: Analysis) -> bool:
    """A figure of a million or more written with its word of magnitude, exact or hedged by one
    bound ("around $5.4 billion", "more than $2 million"), never a range or a vague amount."""
    number = fact.number
    if number is None or number.bound not in _ONE_FIGURE or number.stated[0] < 1e6:
        return False
    if number.bound == "" and (not number.exact or number.low != number.high):
        return False
    if fact.part or fact.weak or fact.other_event or fact.generic or fact.date is not None:
        return False
    return _MAGNITUDE.search(analysis.document.text, fact.start, fact.end) is not None


def _same_value(a: Fact, b: Fact) -> bool:
    """One figure under one hedge: "around $5.4 billion" / "about $5.4 billion", never "about
    $5.4 billion" / "$5.4 billion" nor "more than $5.4 billion"."""
    na, nb = a.number, b.number
    if na is None or nb is None or (na.low, na.high, na.bound) != (nb.low, nb.high, nb.bound):
        return False
    return not (na.dimension and nb.dimension and na.dimension != nb.dimension)


def _plain(fact: Fact) -> Fact:
    """The figure without the currency only one side writes, to be set against the other's."""
    number = fact.number
    assert number is not None
    return replace(fact, number=replace(number, dimension=""), counted="")
