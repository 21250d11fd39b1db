"""A set word counts the plural noun it sits on, as a numeral would: "twin blasts" are two
blasts; "both" points back at a pair and counts no group (hand-written texts;
figures/numbers/set_counts.py)."""

from __future__ import annotations

from tests.factories import compare_texts as compare
from tests.factories import conflict_texts as conflict_pairs

HEADLINE = "Blasts hit the market\n\n"
THREE_BLASTS = HEADLINE + "Three blasts hit the crowded market on Monday, police said."


def test_twin_blasts_are_not_three_blasts() -> None:
    right = HEADLINE + "Twin blasts hit the crowded market on Monday, police said."
    found = conflict_pairs(compare(THREE_BLASTS, right))
    assert any("Twin" in " ".join(right) for _, right in found), found


def test_twin_blasts_agree_with_two_blasts() -> None:
    left = THREE_BLASTS.replace("Three blasts", "Two blasts")
    right = HEADLINE + "Twin blasts hit the crowded market on Monday, police said."
    assert conflict_pairs(compare(left, right)) == []


def test_a_twin_brother_is_no_count_of_blasts() -> None:
    right = (
        HEADLINE + "Three blasts hit the crowded market on Monday, police said. A trader's twin "
        "brother was among the hurt."
    )
    assert conflict_pairs(compare(THREE_BLASTS, right)) == []


def test_both_phones_may_be_two_of_three_new_phones() -> None:
    left = (
        "Phone maker shows new models\n\nThe Seoul phone maker unveiled three new phones at a "
        "launch event on Monday. Prices were not given."
    )
    right = (
        "Phone maker shows new models\n\nThe Seoul phone maker unveiled both phones at a launch "
        "event on Monday. Prices were not given."
    )
    assert conflict_pairs(compare(left, right)) == []
