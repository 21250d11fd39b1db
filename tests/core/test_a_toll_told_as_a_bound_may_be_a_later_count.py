"""One article says 146 people were injured in a quake, the other "more than 200": a conflict
whose reason says a toll is revised as news comes in, so both may be true if they were told
at different times (issue 8), not merely that one was rounded. Its twin: homes counted at two
sizes ("430 homes" / "about 650 homes") are no toll of people and keep the rounding reason
(hand-written texts)."""

from __future__ import annotations

from desktop.core.model import FindingKind
from tests.factories import compare_stories

_QUAKE = (
    "A strong earthquake struck the town of Kelvar on Monday. The ministry said {} people were "
    "injured."
)


def _conflict_reasons(left: str, right: str) -> list[str]:
    report = compare_stories(left, right)
    return [f.reason for f in report.findings if f.kind is FindingKind.CONFLICT]


def test_an_exact_toll_against_a_higher_floor_may_be_a_later_count() -> None:
    reasons = _conflict_reasons(_QUAKE.format("146"), _QUAKE.format("more than 200"))
    assert len(reasons) == 1, reasons
    assert "told at different times" in reasons[0], reasons


def test_homes_told_as_an_estimate_keep_the_rounding_reason() -> None:
    flood = "Heavy rain flooded the town of Kelvar on Monday. The council said {} homes had been flooded."
    reasons = _conflict_reasons(flood.format("430"), flood.format("about 650"))
    assert len(reasons) == 1, reasons
    assert "told at different times" not in reasons[0], reasons
    assert "rounded or revised" in reasons[0], reasons
