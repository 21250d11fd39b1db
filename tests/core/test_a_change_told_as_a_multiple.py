"""A change told as a multiple ("sales doubled") is a rise of 100 percent: it tells the other
article's "rose 100 percent", which is no longer left yellow, and conflicts with "rose 50
percent".
The verb alone, in an article whose partner gives no percentage, is never marked."""

from __future__ import annotations

from tests.factories import agreed_texts, compare_stories, conflict_texts, yellow


def _sales(change: str) -> str:
    return f"Carmaker sales jump\n\nFirst-quarter sales {change} to 40,000 units, the company said."


def test_sales_that_doubled_agree_with_sales_that_rose_100_percent() -> None:
    report = compare_stories(_sales("doubled"), _sales("rose 100 percent"))
    assert not yellow(report)
    assert ({"doubled"}, {"100 percent"}) in agreed_texts(report)


def test_sales_that_doubled_conflict_with_sales_that_rose_50_percent() -> None:
    report = compare_stories(_sales("doubled"), _sales("rose 50 percent"))
    assert ({"doubled"}, {"50 percent"}) in conflict_texts(report)


def test_sales_that_doubled_are_not_marked_where_the_other_gives_no_percentage() -> None:
    report = compare_stories(_sales("doubled"), _sales("climbed"))
    assert "doubled" not in yellow(report)
