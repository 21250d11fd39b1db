"""The same age of the one suspect: "Eric Kirkpatrick, 61, opened fire" / "The suspect, a
61-year-old man, entered the business".

The agreeing twin of ``suspect_ages``: when each article ages its suspect once, with one age,
both speak of the same person wherever the sentences stand, so the same age is an agreement the
reader sees, not a fact left unmarked because the sentences did not pair. The same guards hold:
two differently named suspects, or an article that ages a second suspect, agree on nothing.
"""

from __future__ import annotations

from desktop.core.extraction.extract import Analysis
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.figures import Relation
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.findings.persons.age_conflict import age_verdict, first_ages
from desktop.core.findings.persons.suspect_ages import aged_suspects, one_suspect
from desktop.core.model import FindingKind


def suspect_age_agreements(
    left: Analysis, right: Analysis, links: dict[str, str], ledger: Ledger
) -> list[Draft]:
    lefts, rights = aged_suspects(left), aged_suspects(right)
    pair = first_ages(lefts, rights, Relation.SAME)
    if pair is None or not one_suspect((left, pair[0]), (right, pair[1]), links):
        return []
    number = pair[0].number
    assert number is not None  # first_ages pairs figures only
    why = f"Both articles give the suspect's age as {number.display()}."
    verdict = (FindingKind.AGREE, why, tuning.SUSPECT_AGE_AGREE_CONFIDENCE)
    return age_verdict(ledger, "suspect ages", (lefts, rights), verdict)
