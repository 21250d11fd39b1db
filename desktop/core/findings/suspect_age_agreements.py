"""The same age of the one suspect: "Eric Kirkpatrick, 61, opened fire" / "The suspect, a
61-year-old man, entered the business".

The agreeing twin of ``suspect_ages``: when each article ages its suspect once, with one age,
both speak of the same person wherever the sentences stand, so the same age is an agreement the
reader sees, not a fact left unmarked because the sentences did not pair. The same guards hold:
two differently named suspects, or an article that ages a second suspect, agree on nothing.
"""

from __future__ import annotations

from desktop.core.extract import Analysis
from desktop.core.findings.aged_others import ages_of_others
from desktop.core.findings.assembly import Draft
from desktop.core.findings.figures import Relation, number_relation
from desktop.core.findings.ledger import Ledger
from desktop.core.findings.suspect_ages import age_owner, aged_suspects
from desktop.core.model import FindingKind, MentionType, Side


def suspect_age_agreements(
    left: Analysis, right: Analysis, links: dict[str, str], ledger: Ledger
) -> list[Draft]:
    lefts, rights = aged_suspects(left), aged_suspects(right)
    if not lefts or not rights:
        return []
    a, b = lefts[0], rights[0]
    if a.number is None or b.number is None:
        return []
    if number_relation(a.number, b.number) is not Relation.SAME:
        return []
    owners = age_owner(a), age_owner(b)
    if all(owners) and links.get(owners[0]) != owners[1]:
        return []  # two named suspects
    if ages_of_others(left, a, right, b):
        return []  # "A 20-year-old man was also charged": a second suspect
    if any(ledger.judged(Side.LEFT, f) for f in lefts) or any(
        ledger.judged(Side.RIGHT, f) for f in rights
    ):
        return []
    ledger.judge("suspect ages", lefts, rights)
    return [
        Draft(
            FindingKind.AGREE,
            MentionType.NUMBER,
            lefts,
            rights,
            f"Both articles give the suspect's age as {a.number.display()}.",
            0.8,
        )
    ]
