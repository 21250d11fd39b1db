"""Two sums of money, each the only figure of two sentences telling the same thing, are one
claim even when the tagger leaves the currency sign out of one: "It will cost $1,299" / "The
laptop will sell for $1,199" is a conflict on the price (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

LEFT = "Apple unveiled a new MacBook on Tuesday. It will cost $1,299 and ship in March."


def test_two_prices_in_matching_sentences_are_a_conflict() -> None:
    right = (
        "Apple showed off its new MacBook on Tuesday. The laptop will sell for $1,199 when it "
        "ships in March."
    )
    found = conflict_texts(compare_stories(LEFT, right))
    # Each mark holds its currency sign, which the tagger left outside the sum.
    assert [(a, b) for a, b in found if "1,299" in str(a)] == [({"$1,299"}, {"$1,199"})]


def test_the_same_price_is_no_conflict() -> None:
    right = (
        "Apple showed off its new MacBook on Tuesday. The laptop will sell for $1,299 when it "
        "ships in March."
    )
    assert not conflict_texts(compare_stories(LEFT, right))
