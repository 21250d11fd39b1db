"""One conflict between the ages each article gives one person: the two ages that clash, and\nthe
conflict claimed in the ledger."""

from __future__ import annotations

from desktop.core.extraction.extract import Fact
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.figures import Relation, number_relation
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.model import FindingKind, MentionType, Side


def clashing_ages(lefts: list[Fact], rights: list[Fact]) -> tuple[Fact, Fact] | None:
    """The first age each side gives, when both give one and the two cannot both hold."""
    return first_ages(lefts, rights, Relation.CLASH)


def first_ages(
    lefts: list[Fact], rights: list[Fact], relation: Relation
) -> tuple[Fact, Fact] | None:
    """The first age each side gives, when both give one and the two relate as ``relation``."""
    if not lefts or not rights:
        return None
    a, b = lefts[0], rights[0]
    if a.number is None or b.number is None:
        return None
    if number_relation(a.number, b.number) is not relation:
        return None
    return a, b


def age_conflict(
    ledger: Ledger, by: str, ages: tuple[list[Fact], list[Fact]], why: str, confidence: float
) -> list[Draft]:
    """The two articles' ages of one person as one conflict (``age_verdict``)."""
    return age_verdict(ledger, by, ages, (FindingKind.CONFLICT, why, confidence))


def age_verdict(
    ledger: Ledger,
    by: str,
    ages: tuple[list[Fact], list[Fact]],
    verdict: tuple[FindingKind, str, float],
) -> list[Draft]:
    """The two articles' ages of one person as one finding (kind, reason, confidence), unless an
    earlier pass judged any of them: every mention of the age shares the verdict, so none is
    left silent."""
    lefts, rights = ages
    if any(ledger.judged(Side.LEFT, f) for f in lefts) or any(
        ledger.judged(Side.RIGHT, f) for f in rights
    ):
        return []
    ledger.judge(by, lefts, rights)
    kind, why, confidence = verdict
    return [Draft(kind, MentionType.NUMBER, lefts, rights, why, confidence)]
