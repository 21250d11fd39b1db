"""One conflict between the ages each article gives one person: the two ages that clash, and\nthe conflict claimed in the ledger."""

from __future__ import annotations

from desktop.core.extract import Fact
from desktop.core.findings.assembly import Draft
from desktop.core.findings.figures import Relation, number_relation
from desktop.core.findings.ledger import Ledger
from desktop.core.model import FindingKind, MentionType, Side


def clashing_ages(lefts: list[Fact], rights: list[Fact]) -> tuple[Fact, Fact] | None:
    """The first age each side gives, when both give one and the two cannot both hold."""
    if not lefts or not rights:
        return None
    a, b = lefts[0], rights[0]
    if a.number is None or b.number is None:
        return None
    if number_relation(a.number, b.number) is not Relation.CLASH:
        return None
    return a, b


def age_conflict(
    ledger: Ledger, by: str, ages: tuple[list[Fact], list[Fact]], why: str, confidence: float
) -> list[Draft]:
    """The two articles' ages of one person as one conflict, unless an earlier pass judged any
    of them: every mention of the age shares the verdict, so none is left silent."""
    lefts, rights = ages
    if any(ledger.judged(Side.LEFT, f) for f in lefts) or any(
        ledger.judged(Side.RIGHT, f) for f in rights
    ):
        return []
    ledger.judge(by, lefts, rights)
    return [Draft(FindingKind.CONFLICT, MentionType.NUMBER, lefts, rights, why, confidence)]
