"""A sum of billions each article gives once ("a 110 billion EU and IMF debt bailout" / "a
110bn-euro emergency rescue package") is one sum both state, though the sentences around it
tell other things; a sum in two currencies is not."""

from __future__ import annotations

from tests.factories import agreed_texts, compare_stories

LEFT = (
    "Greek strike turns deadly\n\nThree people died when a bank in Athens was set on fire on "
    "Wednesday. The general strike was the first major test of the government's resolve since "
    "agreeing a 110 billion EU and IMF debt bailout over the weekend."
)
RIGHT = (
    "Three killed in Athens bank fire\n\nThree people died on Wednesday after rioters set fire to "
    "a bank in Athens. The country has to save money as a condition of a 110bn-euro emergency "
    "rescue package from the European Union and the International Monetary Fund."
)


def _agreed_sums(left: str, right: str) -> list[tuple[set[str], set[str]]]:
    # The sentences themselves may pair now that "IMF" reads as the International Monetary
    # Fund: agreed_texts counts facts, and a statement's agreement is no sum's.
    return [
        pair
        for pair in agreed_texts(compare_stories(left, right))
        if any("110" in t for t in pair[0])
    ]


def test_a_110_billion_bailout_is_the_110bn_euro_rescue_package() -> None:
    assert _agreed_sums(LEFT, RIGHT) == [({"110 billion"}, {"110bn-euro"})]


def test_110_billion_dollars_are_not_110bn_euros() -> None:
    left = LEFT.replace("a 110 billion EU", "a $110 billion EU")
    right = RIGHT.replace(
        "a 110bn-euro emergency rescue package", "an emergency rescue package of 110bn euros"
    )
    assert not _agreed_sums(left, right)
