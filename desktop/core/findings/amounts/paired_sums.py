"""Two sums side by side, told as the same two sums side by side in the other article: "will be
priced between $1799 and $2199" / "is offered in $1, 799 and $2, 199 versions".

Whether the pair is written as a span ("between ... and", "from ... to") or as two prices
("... and ..."), both ends are on both pages: one fact, agreed, not one sum on a side and a
span on the other that neither tells. The two sums must be the very same, in one currency; one
sum of the pair ("$1799" beside "$1799 and $2499") is another price and no part of this.
"""

from __future__ import annotations

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings.amounts.told_price_ranges import sum_pairs
from desktop.core.findings.bookkeeping.assembly import Draft, report_type
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.findings.tuning.later_rules import PAIRED_SUMS_CONFIDENCE
from desktop.core.model import FindingKind, Side


def paired_sums(left: Analysis, right: Analysis, ledger: Ledger) -> list[Draft]:
    """Agreements on two sums both articles give side by side."""
    drafts: list[Draft] = []
    theirs = sum_pairs(right.document.text)
    for start, end, low, high, currency in sum_pairs(left.document.text):
        match = [p for p in theirs if (p[2], p[3], p[4]) == (low, high, currency)]
        if len(match) != 1:
            continue  # the pair written twice on the other side: no telling which it is
        mine = _sums_in(left, Side.LEFT, ledger, start, end)
        other = _sums_in(right, Side.RIGHT, ledger, match[0][0], match[0][1])
        if not mine or not other:
            continue
        ledger.judge("paired sums", mine, other)
        words = (left.document.text[start:end], right.document.text[match[0][0] : match[0][1]])
        reason = f"Both give the same two sums, '{words[0]}' and '{words[1]}'."
        drafts.append(
            Draft(
                FindingKind.AGREE, report_type(mine[0]), mine, other, reason, PAIRED_SUMS_CONFIDENCE
            )
        )
    return drafts


def _sums_in(analysis: Analysis, side: Side, ledger: Ledger, start: int, end: int) -> list[Fact]:
    """The free sums of money written between ``start`` and ``end`` (a span's "between" may
    stand before)."""
    return [
        f
        for f in ledger.free(side, analysis.facts)
        if f.start < end
        and start < f.end
        and f.number is not None
        and f.number.dimension in ("usd", "eur", "gbp")
        and not f.other_event
    ]
