"""A bare "so far" names no period: "Rescuers have pulled out 47 bodies so far" is this event's
own count, still rising, and compares with the other article's count of the bodies recovered.
"so far this year" still makes a running tally of many events (hand-written texts)."""

from __future__ import annotations

from tests.factories import agreed_texts, compare_stories, conflict_texts

_LEFT = (
    "At least 50 bodies have been recovered from the collapsed mine in Zonguldak. The methane "
    "explosion happened on Friday evening. Rescue teams worked through the night."
)


def _right(count: str, period: str = "so far") -> str:
    return (
        f"Rescuers have pulled out {count} bodies {period} from the mine in Zonguldak. The "
        "blast on Friday evening trapped dozens of workers. Teams were working around the clock."
    )


def test_47_bodies_pulled_out_so_far_conflicts_with_at_least_50_recovered() -> None:
    report = compare_stories(_LEFT, _right("47"))
    assert ({"At least 50"}, {"47"}) in conflict_texts(report)


def test_52_bodies_pulled_out_so_far_agrees_with_at_least_50_recovered() -> None:
    report = compare_stories(_LEFT, _right("52"))
    assert not conflict_texts(report)
    assert ({"At least 50"}, {"52"}) in agreed_texts(report)


def test_bodies_pulled_out_so_far_this_year_are_a_tally_of_many_events() -> None:
    report = compare_stories(_LEFT, _right("47", "so far this year"))
    assert not conflict_texts(report)
