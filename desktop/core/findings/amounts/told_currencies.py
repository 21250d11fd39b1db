"""A sum the other article gives in another currency: "jewels worth 2 million euros" / "jewels
worth £1.7m", in sentences shown as one statement.

A yellow mark says the other article does not report this sum. A reporter converts a sum into
his readers' currency; the partner sentence telling the same thing with a sum that converts into
this one at a rate of the articles' years (``currency_sums``) tells this sum, at the precision a
conversion allows. A sum in the same currency is the comparison's to judge, and one that
converts at no rate of the band stays yellow.
"""

from __future__ import annotations

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings import tuning
from desktop.core.findings.amounts.currency_sums import currency_relation, two_currencies
from desktop.core.findings.bookkeeping.figures import Relation
from desktop.core.findings.bookkeeping.sentence_facts import facts_of


def sum_told_in_another_currency(
    fact: Fact, mine: Analysis, theirs: Analysis, partners: dict[int, list[tuple[int, float]]]
) -> bool:
    """The statement partner of this sum's sentence gives a sum in another currency that this
    one may be, converted."""
    number = fact.number
    if number is None or fact.other_event:
        return False
    refs = (mine.reference_date, theirs.reference_date)
    for j, score in partners.get(fact.sentence, ()):
        if score < tuning.STATEMENT_AGREE:
            continue
        for other in facts_of(theirs, j):
            if other.other_event or other.number is None:
                continue
            if not two_currencies(number, other.number):
                continue
            if currency_relation(number, other.number, refs) is Relation.CONSISTENT:
                return True
    return False
