"""A company's revenue and the price paid for it are two measures, however each is worded:
"$39 billion in revenue" names the revenue as "revenue of $39 billion" does, and "values the
acquisition at $13.9 billion" names the deal's price. The price told two ways and worded
differently on each side ("values the acquisition at" / "a takeover worth") is still one figure."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts

LEAD = "Hewlett-Packard agreed on Tuesday to buy Electronic Data Systems. "
TAIL = " The deal is expected to close later this year. EDS employs 140,000 people."


def test_revenue_told_after_its_sum_is_no_conflict_with_the_price_of_the_deal() -> None:
    left = LEAD + "Combined, EDS and HP's services division had about $39 billion in revenue last "
    left += "year." + TAIL
    right = LEAD + "Including EDS' debt, HP values the acquisition at $13.9 billion." + TAIL
    assert not conflict_texts(compare_texts(left, right))


def test_the_price_told_as_a_value_and_as_a_takeover_still_conflicts() -> None:
    left = LEAD + "Including EDS' debt, HP values the acquisition at $13.9 billion." + TAIL
    right = LEAD + "The takeover is worth $12.6 billion, HP said." + TAIL
    assert conflict_texts(compare_texts(left, right)) == [({"$13.9 billion"}, {"$12.6 billion"})]


def test_revenue_told_two_ways_still_conflicts() -> None:
    left = LEAD + "Combined, the two firms had about $39 billion in revenue last year." + TAIL
    right = LEAD + "Combined, the two firms had revenue of $22 billion last year." + TAIL
    assert conflict_texts(compare_texts(left, right)) == [({"about $39 billion"}, {"$22 billion"})]
