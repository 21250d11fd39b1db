"""One article says winds gusted "to 60 mph", the other that gusts "reached 60 miles an hour",
where the tagger read only "60 miles" and left "an hour" outside: a length an hour is a speed,
so the two speeds agree and neither is marked as a figure only one article gives. Another speed
("45 miles an hour") does not agree with it."""

from __future__ import annotations

from desktop.core.model import FindingKind
from tests.factories import compare_stories, yellow

_LEFT = (
    "Blizzard hits Buffalo\n\n"
    "Winds gusted to 60 mph on Thursday, the National Weather Service said, and visibility fell "
    "to zero for hours."
)
_RIGHT = (
    "Buffalo paralysed by blizzard\n\n"
    "Gusts reached {} miles an hour on Thursday, according to the weather service, and "
    "whiteout conditions lasted for hours."
)


def test_miles_an_hour_outside_the_figure_are_a_speed() -> None:
    report = compare_stories(_LEFT, _RIGHT.format("60"))
    assert not [m for m in yellow(report) if "60" in m], yellow(report)
    agreed = [s.text for f in report.findings if f.kind is FindingKind.AGREE for s in f.right]
    assert "60 miles" in agreed, agreed


def test_another_speed_does_not_agree() -> None:
    report = compare_stories(_LEFT, _RIGHT.format("45"))
    agreed = [s.text for f in report.findings if f.kind is FindingKind.AGREE for s in f.right]
    assert "45 miles" not in agreed, agreed
