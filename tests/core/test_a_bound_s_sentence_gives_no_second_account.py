"""A figure the other article's bound allows ("added 12,400 jobs" / "added more than 12,000
jobs") is told by that sentence; the sentence's other figures ("with construction adding about
3,000") tell a part or another thing, never a second account of the same count. A figure of the
same count in another sentence may still clash with it."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts

_LEFT = (
    "The state's unemployment rate fell to 3.9 percent in May, the labor department said Friday. "
    "The state added 12,400 jobs in May. Governor Ann Lee welcomed the figures."
)


def test_jobs_added_in_all_are_no_jobs_added_in_construction() -> None:
    report = compare_texts(
        _LEFT,
        "Unemployment in the state dropped to 3.9% last month, according to figures released on "
        "Friday. Employers added more than 12,000 jobs in May, with construction adding about "
        "3,000. Gov. Lee praised the report.",
    )
    assert conflict_texts(report) == []


def test_jobs_added_still_clash_with_a_later_count_of_jobs_added() -> None:
    report = compare_texts(
        _LEFT,
        "Unemployment in the state dropped to 3.9% last month, according to figures released on "
        "Friday. Employers added more than 12,000 jobs in May. The state added 9,000 jobs in May, "
        "the governor's office said. Gov. Lee praised the report.",
    )
    assert ({"12,400"}, {"9,000"}) in conflict_texts(report)
