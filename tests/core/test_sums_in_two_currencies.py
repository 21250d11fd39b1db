"""Two sums in two currencies, "almost $2 million" / "£910,000": compared at the rates of the
year the articles are dated (the ECB's, give or take a margin), a conflict when no such rate
makes one the other, and otherwise one sum told in two currencies, never the same figure
(hand-written texts, dated 7 May 2024)."""

from __future__ import annotations

from desktop.core.model import FindingKind, MentionType
from tests.factories import compare_stories, conflict_texts, yellow

LEFT = (
    "Thieves raided a jewellery shop in central London on Monday. The thieves stole watches "
    "worth almost $2 million, police said."
)


def _stolen(worth: str) -> str:
    return (
        "Robbers raided a jewellery shop in central London on Monday. The robbers stole watches "
        f"worth {worth}, police said."
    )


def test_dollars_no_rate_of_the_year_makes_pounds_are_a_conflict_at_that_rate() -> None:
    report = compare_stories(LEFT, _stolen("£910,000"))
    assert conflict_texts(report) == [({"almost $2 million"}, {"£910,000"})]
    (found,) = [f for f in report.findings if f.kind is FindingKind.CONFLICT]
    assert "1.17-1.41 US dollars to the pound" in found.reason
    assert "in 2024" in found.reason


def test_pounds_a_rate_of_the_year_makes_the_dollars_agree_as_one_sum_in_two_currencies() -> None:
    report = compare_stories(LEFT, _stolen("£1.5m"))
    assert not conflict_texts(report)
    assert not yellow(report)
    (found,) = [f for f in report.findings if f.type is MentionType.MONEY]
    assert found.kind is FindingKind.AGREE
    assert "two currencies" in found.reason
    assert "same figure" not in found.reason.replace("not the same figure", "")


def test_euros_are_compared_at_the_euro_rate() -> None:
    report = compare_stories(LEFT, _stolen("1.7 million euros"))
    assert not conflict_texts(report)
    report = compare_stories(LEFT, _stolen("4 million euros"))
    assert conflict_texts(report) == [({"almost $2 million"}, {"4 million euros"})]
