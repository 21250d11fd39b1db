"""A sentence naming "the current Coolpix Pro and Zoom models" against one naming "both the Coolpix
Zoom and the Coolpix Pro": each name it joins with "and" is written on the other side, so the
journalist sees no yellow "the other never gives this" over them. A joined name the other never
writes stays yellow."""

from __future__ import annotations

from desktop.core.model import FindingKind, Report
from tests.factories import compare_texts

LEFT = (
    "Nikon unveiled new cameras at a trade fair in Berlin on Monday. "
    "Nikon showed updates to both the Coolpix Zoom and the Coolpix Pro."
)
OPENING = "Nikon showed off new cameras at a trade fair in Berlin on Monday. "


def _right_marks(report: Report) -> list[str]:
    return [s.text for f in report.findings if f.kind is FindingKind.RIGHT_ONLY for s in f.right]


def test_two_models_joined_by_and_are_told_when_the_other_names_each() -> None:
    right = OPENING + "Nikon is also upgrading the current Coolpix Pro and Zoom models."
    report = compare_texts(LEFT, right, "2024-05-07")
    assert _right_marks(report) == []


def test_a_model_the_other_never_names_stays_yellow() -> None:
    right = OPENING + "Nikon is also upgrading the current Coolpix Pro and Wide models."
    report = compare_texts(LEFT, right, "2024-05-07")
    assert any("Wide" in mark for mark in _right_marks(report))
