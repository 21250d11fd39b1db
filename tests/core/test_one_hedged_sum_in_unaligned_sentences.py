"""A sum of billions each article gives once under one hedge ("for around $3.2 billion" / "paying
about $3.2 billion") is one sum both state, though the sentences around it tell other things, as
the same sum given exactly is; the same figure under two hedges ("about" / "more than"), or two
figures under one, corroborate nothing (hand-written texts)."""

from __future__ import annotations

from tests.factories import agreed_texts, compare_stories

LEFT = (
    "Brewer buys rival\n\nNorthgate Breweries said on Monday it would buy its rival Kestrel Ales "
    "in a deal that will close its oldest plant in Leeds. Northgate agreed to take over Kestrel "
    "for around $3.2 billion in cash and shares, the companies said."
)
RIGHT = (
    "Northgate to swallow Kestrel\n\nNorthgate Breweries will close its oldest plant in Leeds "
    "after buying Kestrel Ales, it said on Monday. The merger makes Northgate the largest "
    "brewer in the north of England. Analysts called the price of about $3.2 billion high for a "
    "firm with 900 staff."
)


def _agreed_sums(left: str, right: str) -> list[tuple[set[str], set[str]]]:
    return [
        pair
        for pair in agreed_texts(compare_stories(left, right))
        if any("3." in t for t in pair[0])
    ]


def test_around_3_2_billion_is_about_3_2_billion() -> None:
    assert _agreed_sums(LEFT, RIGHT) == [({"around $3.2 billion"}, {"about $3.2 billion"})]


def test_about_a_sum_is_not_more_than_it() -> None:
    assert not _agreed_sums(LEFT, RIGHT.replace("about $3.2", "more than $3.2"))


def test_around_3_2_billion_is_not_about_3_4_billion() -> None:
    assert not _agreed_sums(LEFT, RIGHT.replace("about $3.2", "about $3.4"))
