"""A teenager shot by police was "declared dead on arrival" in one article and "pronounced dead
at Kings County Hospital" in the other: a victim who reaches the hospital dead is declared dead
there, so the two tell one declaration and a journalist sees no conflict. Dead on arrival against
a death hours later at the hospital still clashes (hand-written texts)."""

from __future__ import annotations

from desktop.core.model import FindingKind
from tests.factories import compare_stories

_SHOT = "Police shot Kimani Gray, 16, on Saturday night on Church Avenue. "
_ARRIVAL = _SHOT + "Gray was rushed to a hospital but was declared dead on arrival."


def _death_place_conflicts(left: str, right: str) -> list[str]:
    report = compare_stories(left, right)
    return [
        f.reason
        for f in report.findings
        if f.kind is FindingKind.CONFLICT and f.reason.startswith("Where the victim died")
    ]


def test_dead_on_arrival_and_pronounced_dead_at_the_hospital_agree() -> None:
    right = _SHOT + "Gray was pronounced dead at Kings County Hospital."
    assert not _death_place_conflicts(_ARRIVAL, right)


def test_dead_on_arrival_against_a_death_hours_later_still_clashes() -> None:
    right = _SHOT + "Gray died hours later at Kings County Hospital."
    assert _death_place_conflicts(_ARRIVAL, right)
