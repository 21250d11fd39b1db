"""A clock time the other article gives elsewhere without a day does not excuse a clash of days
(hand-made sentences, no corpus text)."""

from __future__ import annotations

from desktop.core.compare import compare_documents
from desktop.core.model import Document, FindingKind, Report


def compare(left: str, right: str, date: str | None = None) -> Report:
    # Pages without a date: the weekdays stay weekdays, with no calendar guessed around them.
    return compare_documents(
        Document(source="left.txt", text=left, date=date),
        Document(source="right.txt", text=right, date=date),
    )


LEFT = (
    "Shopper killed outside store\n\n"
    "Police have arrested a man in the death of a woman in the parking lot of a store in Oakdale. "
    "Shoppers who saw the crash tried to help her until paramedics arrived at the busy store. "
    "Mary Lind, 66, of Granton, was hit while walking in the crosswalk around 7 p.m. "
    "Wednesday night. The driver was stopped a few blocks away."
)
RIGHT = (
    "Woman killed in store parking lot\n\n"
    "A woman was killed in the parking lot of a busy store in Oakdale, and shoppers who saw "
    "it tried to help her until paramedics arrived. "
    "According to police, Tom Reed, 41, of Granton, struck a 66-year-old Mary Lind in the "
    "parking lot of the Oakdale store Monday night. Witnesses said the car sped off at around "
    "7 p.m. with its lights out. The driver was stopped a few blocks away. "
    "A judge had suspended his licence on Wednesday, court records show."
)


def test_the_other_articles_7_pm_without_a_day_leaves_wednesday_night_against_monday_night() -> (
    None
):
    # "around 7 p.m." on the right says nothing of the day: "7 p.m. Wednesday night" and
    # "Monday night" still tell the same night two ways.
    found = [f for f in compare(LEFT, RIGHT).findings if f.kind is FindingKind.CONFLICT]
    assert any("Wednesday" in f.left[0].text and "Monday" in f.right[0].text for f in found), found
