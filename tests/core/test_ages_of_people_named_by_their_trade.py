"""A person named by her trade is aged as any person is: "The actress, 26," gives her age as "the
25-year-old actress" does, so the two are a conflict (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts


def test_an_actress_aged_26_in_apposition_clashes_with_the_25_year_old_actress() -> None:
    report = compare_stories(
        "Star in rehab\n\nThe 25-year-old actress will stay at the clinic for 90 days.\n",
        "Rehab stay\n\nThe actress, 26, will stay at the clinic for 90 days.\n",
    )
    assert ({"25-year-old"}, {"26"}) in conflict_texts(report)
