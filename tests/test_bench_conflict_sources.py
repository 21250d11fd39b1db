"""bench.conflict_sources: the trace tells which pass made each conflict and leaves the report
as it is without the trace (hand-written texts)."""

from __future__ import annotations

from bench.conflict_sources import conflict_sources, traced
from tests.factories import compare_stories

_LEFT = (
    "Fire at warehouse\n\n"
    "Forty firefighters fought a fire at a warehouse in Elmdale on Tuesday. "
    "The fire destroyed the building, fire chief Ann Lee said."
)
_RIGHT = (
    "Warehouse burns\n\n"
    "Twenty firefighters fought a fire at a warehouse in Elmdale on Tuesday. "
    "The fire destroyed the building, fire chief Ann Lee said."
)


def test_each_conflict_is_told_with_the_pass_that_made_it() -> None:
    with traced() as trace:
        report = compare_stories(_LEFT, _RIGHT)
        sources = conflict_sources(report, trace)

    assert [(s.left_text, s.right_text) for s in sources] == [("Forty", "Twenty")], sources
    assert sources[0].origin.stage != "?" and sources[0].origin.maker != "?", sources
    assert sources[0].aligned_pair and sources[0].lead


def test_the_trace_leaves_the_report_as_it_is() -> None:
    plain = compare_stories(_LEFT, _RIGHT)
    with traced():
        seen = compare_stories(_LEFT, _RIGHT)

    assert repr(seen.findings) == repr(plain.findings)
    assert repr(seen.summary) == repr(plain.summary)
