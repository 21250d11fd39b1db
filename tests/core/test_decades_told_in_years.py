"""Decades are years told round: "ruled for two decades" and "21 years in power" tell one span,
and "kept it secret for 30 years" is "more than three decades" in other words."""

from __future__ import annotations

from desktop.core.compare import compare_documents
from desktop.core.model import Document, FindingKind


def doc(text: str) -> Document:
    return Document(source="article.txt", text=text, date="2008-12-15")


def kinds_on(left: str, right: str, word: str) -> set[FindingKind]:
    report = compare_documents(doc(left), doc(right))
    return {f.kind for f in report.findings if any(word in s.text for s in f.left + f.right)}


def test_two_decades_in_power_agrees_with_twenty_one_years_in_power() -> None:
    kinds = kinds_on(
        "Saparmurat Niyazov ruled Turkmenistan for two decades until his death in 2006.",
        "Saparmurat Niyazov died in 2006 after 21 years in power in Turkmenistan.",
        "decades",
    )
    assert FindingKind.LEFT_ONLY not in kinds
    assert FindingKind.CONFLICT not in kinds


def test_two_decades_against_forty_years_in_power_is_a_conflict() -> None:
    kinds = kinds_on(
        "Saparmurat Niyazov ruled Turkmenistan for two decades until his death in 2006.",
        "Saparmurat Niyazov ruled Turkmenistan for 40 years until his death in 2006.",
        "decades",
    )
    assert FindingKind.CONFLICT in kinds
