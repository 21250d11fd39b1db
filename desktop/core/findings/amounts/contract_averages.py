"""A deal told as its total or as its yearly average: "a five-year, $150 million contract" /
"an average of $30 million a season under the five-year deal".

A sports page gives a contract's worth either whole or by the year. When one article gives a
total in a sentence that gives the deal's length in years, and the other gives a sum a year (or a
season) for a deal of that length, the average times the years making the total tells one sum
two ways: an agreement, not two sums each told by one article. A total the average does not make
is left alone: a deal's worth may have parts (a bonus, options) one article leaves out.
"""

from __future__ import annotations

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.model import FindingKind, MentionType

# The periods a yearly sum is told over, as the sum's unit says it: "usd/year", "usd/season".
_YEARLY = ("/year", "/season")


def contract_averages(left: Analysis, right: Analysis, ledger: Ledger) -> list[Draft]:
    drafts = []
    for totals, rates, left_totals in ((left, right, True), (right, left, False)):
        for total, years in _totals(totals):
            for rate in _rates(rates):
                if not _makes(rate, years, total):
                    continue
                a, b = (total, rate) if left_totals else (rate, total)
                if not ledger.take("contract average", a, b):
                    continue
                drafts.append(
                    Draft(
                        FindingKind.AGREE,
                        MentionType.MONEY,
                        [a],
                        [b],
                        f"Both give the deal's worth: {total.text!r} over {years:g} years is "
                        f"{rate.text!r} a year.",
                        tuning.CONTRACT_AVERAGE_CONFIDENCE,
                    )
                )
    return drafts


def _totals(analysis: Analysis) -> list[tuple[Fact, float]]:
    """Each sum with no period beside the one length in years its sentence gives a deal."""
    found = []
    for fact in analysis.facts:
        if (
            fact.type is not MentionType.MONEY
            or fact.number is None
            or "/" in fact.number.dimension
        ):
            continue
        lengths = {
            f.number.low
            for f in analysis.facts
            if f.sentence == fact.sentence
            and f.number is not None
            and f.number.dimension == "years"
            and f.number.exact
        }
        if len(lengths) == 1:
            found.append((fact, next(iter(lengths))))
    return found


def _rates(analysis: Analysis) -> list[Fact]:
    return [
        f
        for f in analysis.facts
        if f.type is MentionType.MONEY
        and f.number is not None
        and f.number.dimension.endswith(_YEARLY)
    ]


def _makes(rate: Fact, years: float, total: Fact) -> bool:
    assert rate.number is not None and total.number is not None
    if rate.number.dimension.split("/")[0] != total.number.dimension or total.number.low <= 0:
        return False
    made = rate.number.low * years
    return abs(made - total.number.low) <= tuning.CONTRACT_AVERAGE_SLACK * total.number.low
