"""The figure after "fell to" is the level its subject ends at: "quarterly profit fell to $412
million" gives the profit as "Net profit for the quarter was $389 million" does, so the two clash
though one stands in the lead and the other deep in the story. "fell 3 percent" stays a change."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

LEFT = (
    "Retailer's profit falls as shoppers cut back\n\n"
    "Northgate Stores reported on Thursday that its quarterly profit fell to $412 million as "
    "shoppers cut spending on clothing and electronics.\n\n"
    "Sales in the three months to October dropped 3 percent to $8.9 billion, the company said.\n"
)


def _right(profit: str) -> str:
    return (
        "Northgate to close 25 stores after weak quarter\n\n"
        "Northgate Stores will shut 25 stores next year, chief executive Laura Chen said on "
        "Thursday.\n\n"
        "Sales fell 3 percent to $8.9 billion in the quarter to October.\n\n"
        f"Net profit for the quarter was {profit}, down from a year earlier.\n"
    )


def test_the_profit_a_lead_says_it_fell_to_clashes_with_the_profit_told_later() -> None:
    assert ({"$412 million"}, {"$389 million"}) in conflict_texts(
        compare_stories(LEFT, _right("$389 million"))
    )


def test_the_same_profit_is_no_conflict() -> None:
    assert conflict_texts(compare_stories(LEFT, _right("$412 million"))) == []
