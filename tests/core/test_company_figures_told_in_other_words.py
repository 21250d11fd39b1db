"""A company's figures told with another word for the same measure: revenue or sales, profit or
earnings, customers or subscribers, a buyback or a repurchase, shares or stock, and the verbs of
a rise or a fall ("rose" / "climbed", "fell" / "tumbled"). "reported revenue of $8.43
billion" / "sales climbed to $8.4 billion" agree; "2.3 million customers" / "3.2 million
subscribers" conflict. Revenue is still no profit."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts, yellow


def test_revenue_that_rose_agrees_with_sales_that_climbed() -> None:
    report = compare_texts(
        "Pellworth Inc. reported revenue of $8.43 billion for the third quarter, the company "
        "said. Analysts had expected $8.3 billion.",
        "Pellworth's third-quarter sales climbed to $8.4 billion, the company said. "
        "Wall Street had forecast $8.3 billion.",
    )
    assert conflict_texts(report) == []
    assert "$8.43 billion" not in yellow(report), yellow(report)


def test_customers_cut_off_clash_with_another_count_of_subscribers() -> None:
    report = compare_texts(
        "The outage left 2.3 million customers without phone service on Sunday, the carrier said. "
        "Service was restored by late evening.",
        "About 3.2 million subscribers lost phone service on Sunday, the carrier said. "
        "Service came back late in the evening.",
    )
    assert conflict_texts(report) == [({"2.3 million"}, {"About 3.2 million"})]
