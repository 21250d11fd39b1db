"""A bound that says only "more than one" is told by an aligned sentence that counts the
plural in a word: "had more than one interested bidder" / "SeaMicro's suitors were numerous".
A bound that names more ("more than 50 bidders") keeps its mark."""

from __future__ import annotations

from tests.factories import compare_stories, yellow

_RIGHT = (
    "AMD buys SeaMicro\n\nFeldman said SeaMicro's suitors were numerous in the days before the "
    "AMD deal.\n"
)


def _left(bound: str) -> str:
    return (
        f"AMD buys SeaMicro\n\nFeldman said SeaMicro had {bound} interested bidders in the days "
        "before the AMD deal.\n"
    )


def test_more_than_one_bidder_is_told_by_numerous_suitors() -> None:
    report = compare_stories(_left("more than one"), _RIGHT)
    assert "more than one" not in yellow(report), yellow(report)


def test_more_than_fifty_bidders_are_not_told_by_numerous_suitors() -> None:
    report = compare_stories(_left("more than 50"), _RIGHT)
    assert "more than 50" in yellow(report), yellow(report)
