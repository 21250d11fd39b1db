"""A date both articles give as it stands is borne out: another date the other article gives
for something near it (the vote before a deal closes) is of another happening, not a clash with
it. A date the other article does not give still clashes with the other article's date."""

from __future__ import annotations

from tests.factories import compare_texts, day_conflicts

_LEFT = (
    "Norvel Bank agreed on Wednesday to buy the online lender Pasco for $22 a share. Norvel "
    "expects to complete the purchase on or around June 30, after a vote by Pasco shareholders "
    "on May 14."
)


def test_the_closing_day_both_give_is_not_set_against_the_vote_day() -> None:
    report = compare_texts(
        _LEFT,
        "Pasco, the online lender, will be sold to Norvel Bank for $22 a share, the companies "
        "said on Wednesday. The deal is due to close on June 30. Pasco investors vote on it on "
        "May 21.",
    )
    assert not any("June 30" in left for left, _ in day_conflicts(report))


def test_a_closing_day_the_other_does_not_give_still_clashes() -> None:
    report = compare_texts(
        "A regional bank agreed on Wednesday to buy an online lender for $22 a share. The bank "
        "expects to complete the purchase on June 30, after a vote by the lender's shareholders "
        "on May 14.",
        "An online lender will be sold to a regional bank for $22 a share, the companies said "
        "on Wednesday. The bank expects to complete the purchase on July 30. Investors vote on "
        "it on May 14.",
    )
    assert ({"June 30"}, {"July 30"}) in day_conflicts(report)
