"""A price in whole units is the same price with its cents dropped: "42 dollars" / "$42.10"
agree. A whole price half a unit or more away, or another price, still conflicts."""

from __future__ import annotations

from tests.factories import agreed_texts, compare_stories, conflict_texts


def _tickets(price: str) -> str:
    return f"Concert tickets on sale\n\nTickets for the band's May show cost {price} each, the venue said."


def test_tickets_at_42_dollars_agree_with_tickets_at_42_dollars_10() -> None:
    report = compare_stories(_tickets("$42.10"), _tickets("42 dollars"))
    assert not conflict_texts(report)
    assert ({"$42.10"}, {"42 dollars"}) in agreed_texts(report)


def test_tickets_at_42_dollars_still_conflict_with_tickets_at_42_dollars_60() -> None:
    report = compare_stories(_tickets("$42.60"), _tickets("42 dollars"))
    assert ({"$42.60"}, {"42 dollars"}) in conflict_texts(report)


def test_tickets_at_48_dollars_still_conflict_with_tickets_at_42_dollars_10() -> None:
    report = compare_stories(_tickets("$42.10"), _tickets("48 dollars"))
    assert ({"$42.10"}, {"48 dollars"}) in conflict_texts(report)
