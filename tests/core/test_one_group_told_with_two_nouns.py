"""A count of one group told with another noun is still a count of that group: a ferry's
passengers are the people on board it, and firemen are firefighters. The crew is the other part
of those on board: counted beside the passengers, neither figure is everyone on board."""

from __future__ import annotations

from desktop.core.model import FindingKind
from tests.factories import compare_texts

_TITLE = "Ferry sinks off Greek island\n\n"
_END = " Fishermen rescued most of them, officials said."


def _conflicts(left: str, right: str) -> list[tuple[set[str], set[str]]]:
    report = compare_texts(_TITLE + left + _END, _TITLE + right + _END, "2024-05-13")
    return [
        ({s.text for s in f.left}, {s.text for s in f.right})
        for f in report.findings
        if f.kind is FindingKind.CONFLICT
    ]


def test_40_passengers_against_52_people_on_board_is_a_conflict() -> None:
    found = _conflicts(
        "A ferry carrying 40 passengers sank off the Greek island of Kos on Sunday, the coast "
        "guard said.",
        "A ferry with 52 people on board sank off the Greek island of Kos on Sunday, the coast "
        "guard said.",
    )
    assert found == [({"40"}, {"52"})], found


def test_passengers_and_crew_are_two_parts_of_those_on_board() -> None:
    found = _conflicts(
        "A ferry carrying 40 passengers and 12 crew sank off the Greek island of Kos on Sunday, "
        "the coast guard said.",
        "A ferry with 52 people on board sank off the Greek island of Kos on Sunday, the coast "
        "guard said.",
    )
    assert not found, found


def test_twenty_firemen_against_thirty_firefighters_is_a_conflict() -> None:
    found = _conflicts(
        "A ferry sank off the Greek island of Kos on Sunday after a fire that 20 firemen fought "
        "for hours, the coast guard said.",
        "A ferry sank off the Greek island of Kos on Sunday after a fire that 30 firefighters "
        "fought for hours, the coast guard said.",
    )
    assert found == [({"20"}, {"30"})], found
