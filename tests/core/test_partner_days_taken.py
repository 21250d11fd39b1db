"""A journalist compares two reports of cut cables: "the ship would not arrive until Monday and
... it could take until December 31" in one, "it could take until 31 December" in the other. The
other article's 31 December is the repair's December 31, and says nothing of the ship's Monday,
so Monday is shown as only in one article; when the other gives the Monday too, it is not.
Neither page is dated, so no weekday can be placed in the calendar."""

from tests.factories import compare_texts, yellow

_LEFT = (
    "Three undersea cables were cut in the Mediterranean, France Telecom said. The company said "
    "it was sending a ship to fix the lines but that it would not arrive until Monday and that it "
    "could take until December 31 before normal service was restored."
)


def test_monday_is_not_told_by_the_31_december_that_tells_december_31() -> None:
    report = compare_texts(
        _LEFT,
        "Three undersea cables were cut in the Mediterranean, France Telecom said. The French "
        "firm said it was sending a ship out to fix the line, although it could take until "
        "31 December to fully repair the line.",
    )
    assert "Monday" in yellow(report)
    assert "December 31" not in yellow(report)


def test_monday_is_told_when_the_partner_gives_monday_too() -> None:
    report = compare_texts(
        _LEFT,
        "Three undersea cables were cut in the Mediterranean, France Telecom said. The French "
        "firm said its ship would arrive on Monday, although it could take until 31 December "
        "to fully repair the line.",
    )
    assert "Monday" not in yellow(report)
