"""A sum in cents is the same sum in dollars: "raised its quarterly dividend to 45 cents a share"
/ "lifted its quarterly payout to $0.45 per share" agree. A sum told in cents is told to the cent,
so "96 cents" never agrees with "$0.86" as if a writer had dropped the cents."""

from __future__ import annotations

from tests.factories import agreed_texts, compare_texts, conflict_texts, yellow

_LEFT = (
    "Ridgeway Bank raised its quarterly dividend to 45 cents a share from 40 cents. "
    "The bank also announced a $2 billion share buyback on Friday."
)
_RIGHT = (
    "Ridgeway Bank lifted its quarterly payout to {now} per share, up from $0.40. "
    "It also announced a $2 billion share buyback on Friday."
)


def test_a_dividend_in_cents_agrees_with_the_same_dividend_in_dollars() -> None:
    report = compare_texts(_LEFT, _RIGHT.format(now="$0.45"))
    assert conflict_texts(report) == []
    marks = yellow(report)
    assert "45 cents" not in marks and "40 cents" not in marks, marks


def test_a_sum_in_cents_never_agrees_with_another_sum_in_dollars() -> None:
    report = compare_texts(_LEFT, _RIGHT.format(now="$0.55"))
    assert ({"45 cents"}, {"$0.55"}) not in agreed_texts(report)
