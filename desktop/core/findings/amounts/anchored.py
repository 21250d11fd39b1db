"""Measures beside a figure both articles give: "an eight-year, $180 million contract" / "worth
$180 million over seven years".

Two sentences that give the very same distinctive figure (a sum, a measure, a large count), each
the one sentence of its article to give it, speak of the same thing, however differently they
are worded and however low their words align. The
one other measure of a kind each of them gives beside it (the years of the contract, the depth
of the quake) is then a claim about that thing too, and two values that cannot both hold are a
conflict; the same value is an agreement.
"""

from __future__ import annotations

from datetime import date

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings import tuning
from desktop.core.findings.amounts.measured_nouns import measure_different_nouns
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.claims import (
    Relation,
    claimable,
    relation,
    restated,
    specific,
)
from desktop.core.findings.bookkeeping.comparison import value_draft
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.model import MentionType, Side


def anchored_measures(left: Analysis, right: Analysis, ledger: Ledger) -> list[Draft]:
    """For each distinctive figure both articles give in one sentence each, the lone measures of
    another kind beside it on each side."""
    refs = (left.reference_date, right.reference_date)
    facts = (_measures_by_sentence(left), _measures_by_sentence(right))
    anchors = (_anchors(left), _anchors(right))
    out: list[Draft] = []
    for key in sorted(anchors[0].keys() & anchors[1].keys()):
        (sl, kind), (sr, _) = anchors[0][key], anchors[1][key]
        # A second sum beside an agreed sum ("$180 million, with a $20 million bonus") may be
        # any part of it: only measures of another kind than the anchor are compared.
        mine = [f for f in facts[0].get(sl, []) if _kind(f) != kind]
        theirs = [f for f in facts[1].get(sr, []) if _kind(f) != kind]
        out += _lone_pairs((left, mine), (right, theirs), refs, ledger)
    return out


def _anchors(analysis: Analysis) -> dict[str, tuple[int, str]]:
    """Figures distinctive enough that two sentences giving the same one speak of one thing (a
    measure or a sum, or a count of at least ANCHOR_COUNT), by key, with the one sentence that
    gives each and its kind. A figure the article gives in two sentences anchors neither."""
    sentences: dict[str, set[int]] = {}
    kinds: dict[str, str] = {}
    for fact in claimable(analysis):
        if fact.number is None or not specific(fact) or fact.weak or fact.other_event:
            continue
        if fact.number.dimension in _NO_MEASURE and fact.number.low < tuning.ANCHOR_COUNT:
            continue
        if fact.number.dimension == "years" or fact.date is not None:
            continue  # "20 years", "2008": any two sentences of a story may give them
        sentences.setdefault(fact.key, set()).add(fact.sentence)
        kinds[fact.key] = _kind(fact)
    return {k: (min(v), kinds[k]) for k, v in sentences.items() if len(v) == 1}


def _lone_pairs(
    left: tuple[Analysis, list[Fact]],
    right: tuple[Analysis, list[Fact]],
    refs: tuple[date | None, date | None],
    ledger: Ledger,
) -> list[Draft]:
    (left_analysis, mine), (right_analysis, theirs) = left, right
    out = []
    for fa in mine:
        dimension = _kind(fa)
        same_a = [f for f in mine if _kind(f) == dimension]
        same_b = [f for f in theirs if _kind(f) == dimension]
        if len(same_a) != 1 or len(same_b) != 1:
            continue  # "$20 million up front of $180 million over eight years": which sum?
        fb = same_b[0]
        if ledger.judged(Side.LEFT, fa) or ledger.judged(Side.RIGHT, fb):
            continue
        if measure_different_nouns(left_analysis, fa, right_analysis, fb):
            continue  # "16GB of memory" / "512 gigabytes of storage": two parts beside one price
        rel = relation(fa, fb, refs)
        if rel is None or (rel is Relation.CLASH and not (specific(fa) and specific(fb))):
            continue
        ledger.judge("anchored", [fa], [fb])
        out.append(value_draft(rel, fa, fb, "", refs, tuning.ANCHORED_CONFIDENCE))
    return out


def _kind(fact: Fact) -> str:
    """What a figure measures: any sum of money is money, whatever its currency ("110 billion
    euros ($158 billion)" gives one sum twice)."""
    if fact.type is MentionType.MONEY:
        return "money"
    return fact.number.dimension if fact.number is not None else ""


# A plain count, a score or record, a place in an order: no measure of a thing.
_NO_MEASURE = frozenset({"", "tally", "rank"})


def _measures_by_sentence(analysis: Analysis) -> dict[int, list[Fact]]:
    """Every figure with a unit (years, dollars, metres), by sentence; plain counts are left to
    the rules that know what they count."""
    out: dict[int, list[Fact]] = {}
    for fact in claimable(analysis):
        if fact.number is None or fact.number.dimension in _NO_MEASURE:
            continue
        if fact.other_event or fact.generic or fact.part or fact.weak or restated(fact, analysis):
            continue
        out.setdefault(fact.sentence, []).append(fact)
    return out
