"""One verb of change said of two measures of a company gives two figures, not two accounts of
one: "its profit rose 18 percent" and "its revenue rose 11 percent" are both true of one
quarter's results, however closely the two sentences align."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

LEFT = (
    "Ledgerly's profit climbs on subscriptions\n\n"
    "Ledgerly said on Thursday that its profit rose 18 percent in the second quarter, helped by "
    "demand for its payroll service.\n\n"
    "The accounting software maker now has 4,000 employees.\n"
)
RIGHT = (
    "Ledgerly beats forecasts\n\n"
    "Ledgerly's revenue rose 11 percent in its second quarter, beating forecasts, as more "
    "small firms signed up for its payroll service.\n\n"
    "The company plans to hire in the autumn.\n"
)


def test_a_profit_rise_never_clashes_with_a_revenue_rise() -> None:
    # The right's revenue rise aligns with the left's profit sentence: same verb, same quarter.
    assert conflict_texts(compare_stories(LEFT, RIGHT)) == []


def test_two_revenue_rises_still_clash() -> None:
    left = LEFT.replace("its profit rose 18 percent", "its revenue rose 18 percent")
    assert ({"18 percent"}, {"11 percent"}) in conflict_texts(compare_stories(left, RIGHT))
