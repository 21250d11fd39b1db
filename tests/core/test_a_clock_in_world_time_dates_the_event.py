"""Wire and British copy time the event on a world clock: "the blaze broke out at about 2045 GMT
on Friday". The zone times the event, so the sentence is no page stamp ("Updated 9:28 AM EDT")
and its day is the event's day, set against the other article's "on Tuesday night". The four
digits of the clock are an hour, never the year 2045."""

from __future__ import annotations

from desktop.core.extraction.extract import Analysis, analyse, nlp_view
from desktop.core.extraction.pipeline import load_pipeline
from desktop.core.model import Document
from tests.factories import compare_stories, conflict_texts

_LEFT = (
    "Store destroyed by fire\n\nMore than 50 firefighters tackled the blaze at the store in "
    "Banstead, which broke out on the roof at about 2045 GMT on Friday.\n"
)
_RIGHT = (
    "Supermarket gutted by blaze\n\nThe fire broke out in the roof of the store at 8.49pm on "
    "{day} and quickly spread to the rest of the building.\n"
)


def _analysed(text: str) -> Analysis:
    doc = Document(source="left.txt", text=text, date="2024-05-07")
    nlp = load_pipeline().nlp
    return analyse([doc], [nlp(nlp_view(doc.text))])[0]


def test_a_day_after_a_clock_in_world_time_is_the_day_of_the_event() -> None:
    report = compare_stories(_LEFT, _RIGHT.format(day="Tuesday night"))
    assert ({"Friday"}, {"Tuesday night"}) in conflict_texts(report)


def test_the_same_day_after_a_world_clock_is_no_conflict() -> None:
    report = compare_stories(_LEFT, _RIGHT.format(day="Friday night"))
    assert not any("Friday" in a for a, _ in conflict_texts(report))


def test_the_digits_of_a_world_clock_name_no_year() -> None:
    clock = next(f for f in _analysed(_LEFT).facts if f.text.startswith("2045"))
    assert clock.date is None or clock.date.year is None
