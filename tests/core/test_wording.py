"""Reasons in plain words: the articles' own wordings, real sources, no internal forms."""

from __future__ import annotations

from desktop.core.extraction.facts import Fact
from desktop.core.figures.numbers.values import parse_number
from desktop.core.findings.bookkeeping.claims import Relation
from desktop.core.findings.bookkeeping.wording import value_reason
from desktop.core.model import MentionType
from desktop.core.quoting.attribution import is_source


def figure(text: str) -> Fact:
    fact = Fact(0, len(text), text, MentionType.NUMBER, "CARDINAL", 0)
    fact.number = parse_number(text)
    assert fact.number is not None
    fact.value = fact.number.display()
    return fact


def test_a_reason_never_says_both_give_a_value_one_side_does_not_give() -> None:
    reason = value_reason(
        Relation.BOUNDS, figure("at least five"), figure("at least three"), "death", (None, None)
    )
    assert "Both give" not in reason
    assert "'at least five'" in reason and "'at least three'" in reason
    assert "different times" in reason
    same = value_reason(Relation.SAME, figure("Ten"), figure("10"), "death", (None, None))
    # Each side's wording is highlighted; the reason quotes neither as if both wrote it.
    assert "'Ten'" not in same and "'10'" not in same and "same figure" in same
    allowed = value_reason(
        Relation.CONSISTENT, figure("at least 50"), figure("80"), "", (None, None)
    )
    assert "'80'" not in allowed and "not the same figure" in allowed


def test_vague_figures_are_quoted_as_written_not_as_internal_ranges() -> None:
    reason = value_reason(
        Relation.CLASH, figure("hundreds of thousands"), figure("50,000"), "", (None, None)
    )
    assert "hundreds of thousands" in reason
    assert "200000" not in reason and "999999" not in reason


def test_only_real_sources_are_named_in_attributions() -> None:
    assert is_source("police")
    assert is_source("the U.S. Geological Survey")
    assert is_source("a pro-war channel")
    assert not is_source("he")
    assert not is_source("Five people")
    assert not is_source("three witnesses")
