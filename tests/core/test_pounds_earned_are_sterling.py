"""Pounds a verb of earning or paying takes are money ("earning its author 50,000 pounds"),
though the tagger reads them as a weight: they agree with "£50,000" and conflict with
"£25,000"; pounds weighed ("weighed 300 pounds") stay a weight."""

from __future__ import annotations

from desktop.core.model import MentionType
from tests.factories import agreed_texts, compare_stories, conflict_texts


def _prize(sum_: str) -> str:
    return f"Booker winner named\n\nThe novel won the Booker Prize on Tuesday, earning its author {sum_}."


def test_50000_pounds_earned_agree_with_a_50000_pound_prize() -> None:
    report = compare_stories(_prize("50,000 pounds"), _prize("a £50,000 award"))
    assert ({"50,000 pounds"}, {"£50,000"}) in agreed_texts(report, MentionType.MONEY)


def test_50000_pounds_earned_conflict_with_a_25000_pound_prize() -> None:
    report = compare_stories(_prize("50,000 pounds"), _prize("a £25,000 award"))
    assert ({"50,000 pounds"}, {"£25,000"}) in conflict_texts(report)


def test_300_pounds_weighed_stay_a_weight() -> None:
    report = compare_stories(
        "Giant pumpkin\n\nThe pumpkin weighed 300 pounds, the judges said on Sunday.",
        "Giant pumpkin\n\nThe pumpkin weighed 136 kilograms, the judges said on Sunday.",
    )
    assert ({"300 pounds"}, {"136 kilograms"}) in agreed_texts(report)


def test_pounds_a_boxer_weighed_in_at_stay_a_weight_though_tagged_a_sum() -> None:
    report = compare_stories(
        "Title fight\n\nThe boxer weighed in at 200 pounds on Friday, organisers said.",
        "Title fight\n\nThe boxer weighed in at 90.7 kilograms on Friday, organisers said.",
    )
    assert ({"200 pounds"}, {"90.7 kilograms"}) in agreed_texts(report)
