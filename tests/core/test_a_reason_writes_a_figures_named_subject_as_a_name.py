"""A conflict's reason names what the figures are about; when that is a person, it reads as the
person's name ("(Streep)"), never as a lower-cased word ("(streep)")."""

from __future__ import annotations

from desktop.core.model import FindingKind
from tests.factories import compare_texts


def test_a_prize_tally_conflict_names_the_winner_with_a_capital() -> None:
    report = compare_texts(
        "Dana Okafor, a three-time Oscar winner, will chair the festival jury.",
        "Dana Okafor, who won two Academy Awards, will chair the festival jury.",
    )
    reasons = [f.reason for f in report.findings if f.kind is FindingKind.CONFLICT]
    assert any("(Okafor)" in r for r in reasons), reasons
    assert not any("(okafor)" in r for r in reasons)


def test_a_toll_conflict_keeps_its_slot_in_plain_words() -> None:
    report = compare_texts(
        "The fire killed five people on Monday.",
        "The fire killed seven people on Monday.",
    )
    reasons = [f.reason for f in report.findings if f.kind is FindingKind.CONFLICT]
    assert reasons and all("(Death)" not in r for r in reasons), reasons
