"""A play timed by the period of the game is told by an aligned sentence that names the same
period: "later in the second quarter" / "midway through the second quarter". Two parts of the
period that exclude each other ("early in" / "late in") keep their marks."""

from __future__ import annotations

from tests.factories import compare_stories, yellow

_RIGHT = (
    "Chiefs lose\n\nThe Chiefs went on a 68-yard drive {part} the second quarter, but Charles "
    "lost a fumble at the Colts 16-yard line.\n"
)


def _left(part: str) -> str:
    return (
        f"Chiefs lose\n\nCharles fumbled in the red zone {part} the second quarter, and the "
        "Colts moved into range.\n"
    )


def test_later_in_the_quarter_is_told_by_midway_through_it() -> None:
    report = compare_stories(_left("later in"), _RIGHT.format(part="midway through"))
    assert "later in the second quarter" not in yellow(report), yellow(report)


def test_early_in_the_quarter_is_not_told_by_late_in_it() -> None:
    report = compare_stories(_left("early in"), _RIGHT.format(part="late in"))
    assert "early in the second quarter" in yellow(report), yellow(report)
