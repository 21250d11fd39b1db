"""A figure after "every" in a rate ("23 of every 24 hours", "one in every five voters") is the
base the rate is counted against, a unit of the rate: it counts no thing and measures no stretch
of time, so it is never set against a length of time the other article gives ("more than 30
hours locked in a cell"). Two lengths of time still clash."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

_LEAD = (
    "Killer spared death\n\nA jury on Monday spared the life of Jon Smith, who killed four people "
    "in a bank in May. "
)


def test_the_base_of_a_rate_of_hours_is_no_length_of_time() -> None:
    report = compare_stories(
        _LEAD + "Inmates there spend 23 of every 24 hours double-locked in a cell.",
        _LEAD + "Smith has already spent more than 30 hours locked in a cell.",
    )
    assert not [c for c in conflict_texts(report) if "24 hours" in c[0]]


def test_two_lengths_of_time_in_a_cell_still_clash() -> None:
    report = compare_stories(
        _LEAD + "Smith has already spent 24 hours double-locked in a cell.",
        _LEAD + "Smith has already spent more than 30 hours locked in a cell.",
    )
    assert ({"24 hours"}, {"more than 30 hours"}) in conflict_texts(report)
