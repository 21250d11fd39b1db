"""A hedged figure agrees with an exact one only inside the hedge's usual leeway: "about 5.3" is
rounded at its tenth and never holds a magnitude of 5.4; a range holds only the sums between its
edges. Outside it the two are a conflict whose reason and confidence say both may be true."""

from __future__ import annotations

from desktop.core.model import Finding, FindingKind, Report
from tests.factories import compare_stories, conflict_texts

_QUAKE = (
    "A {} earthquake struck the northern town of Karvel on Monday, the seismology institute "
    "said. Hundreds of homes were damaged.\n"
)
_QUAKE_RIGHT = (
    "An earthquake of {} on the Richter scale struck the northern town of Karvel on Monday, "
    "officials said. Hundreds of homes were damaged.\n"
)
_DEAL = "Grovemart will pay {} for the Delmont supermarket chain, the company said on Monday.\n"
_BUS = "{} people were injured when the bus overturned on the motorway near Brenfield on Monday.\n"


def _conflicts(report: Report) -> list[Finding]:
    return [f for f in report.findings if f.kind is FindingKind.CONFLICT]


def test_a_magnitude_about_a_tenth_lower_is_a_conflict_both_may_be_true() -> None:
    report = compare_stories(_QUAKE.format("5.4-magnitude"), _QUAKE_RIGHT.format("about 5.3"))
    assert conflict_texts(report) == [({"5.4-magnitude"}, {"about 5.3"})]
    (found,) = _conflicts(report)
    assert "Both may be true" in found.reason
    assert found.confidence < 0.5


def test_a_magnitude_about_the_same_tenth_agrees() -> None:
    report = compare_stories(_QUAKE.format("5.4-magnitude"), _QUAKE_RIGHT.format("about 5.4"))
    assert conflict_texts(report) == []


def test_a_sum_just_above_a_range_is_a_conflict() -> None:
    report = compare_stories(
        _DEAL.format("$10 billion to $12 billion"), _DEAL.format("$12.2 billion")
    )
    assert conflict_texts(report) == [({"$10 billion to $12 billion"}, {"$12.2 billion"})]
    assert "Both may be true" in _conflicts(report)[0].reason


def test_a_sum_inside_a_range_agrees() -> None:
    report = compare_stories(
        _DEAL.format("$10 billion to $12 billion"), _DEAL.format("$11.5 billion")
    )
    assert conflict_texts(report) == []


def test_nearly_thirty_injured_agrees_with_twenty_eight() -> None:
    report = compare_stories(_BUS.format("Nearly 30"), _BUS.format("28"))
    assert conflict_texts(report) == []


def test_at_least_five_injured_agrees_with_seven() -> None:
    report = compare_stories(_BUS.format("At least five"), _BUS.format("Seven"))
    assert conflict_texts(report) == []
