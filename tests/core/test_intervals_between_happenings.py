"""How long after one happening another came, told in days by one article and in weeks by the
other: "nine days after suffering a heart attack" is not "a week after" (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_texts as compare
from tests.factories import conflict_texts as conflict_pairs

HEADLINE = "Screen legend dies\n\n"


def test_nine_days_after_the_heart_attack_is_not_a_week_after_it() -> None:
    left = (
        HEADLINE + "Actress Jane Doe died Thursday at a Los Angeles hospital, nine days after "
        "suffering a heart attack. She was 85."
    )
    right = (
        HEADLINE + "Actress Jane Doe died in a Los Angeles hospital Thursday, a week after "
        "suffering a heart attack, her agent said. She was 85."
    )
    assert ({"nine days"}, {"a week"}) in conflict_pairs(compare(left, right))


def test_two_weeks_after_the_crash_is_fourteen_days_after_it() -> None:
    left = HEADLINE + "The driver died in hospital two weeks after the crash, police said."
    right = HEADLINE + "Police said the driver died in hospital 14 days after the crash."
    assert conflict_pairs(compare(left, right)) == []


def test_a_week_after_is_told_round_so_eight_days_after_is_the_same_interval() -> None:
    left = HEADLINE + "The driver died in hospital a week after the crash, police said."
    right = HEADLINE + "Police said the driver died in hospital eight days after the crash."
    assert conflict_pairs(compare(left, right)) == []


def test_three_weeks_in_hospital_is_no_interval_to_set_against_a_week_after() -> None:
    left = (
        HEADLINE + "Her agent said Jane Doe had been in hospital for three weeks with pneumonia "
        "when she suffered a heart attack."
    )
    right = (
        HEADLINE + "Jane Doe died of pneumonia in hospital on Thursday, a week after suffering a "
        "heart attack, her agent said."
    )
    assert conflict_pairs(compare(left, right)) == []
