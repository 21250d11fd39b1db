"""Hours counted from a moment ("he spent the next two hours in his apartment", "over the past
24 hours") are a length of time like "about two hours", though the model labels them a time: one
length told twice agrees, and two lengths that differ still contradict each other (hand-written
texts)."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts, yellow

LEFT = (
    "Standoff ends.\n"
    "A gunman shot a man at an office party in Denver on Monday. Police spent about two hours "
    "negotiating with the gunman before he surrendered, a neighbour said."
)


def _right(hours: str) -> str:
    return (
        "Denver standoff.\n"
        "A gunman killed a man at an office party in Denver on Monday. He spent the next "
        f"{hours} in his apartment as police tried to negotiate with the gunman."
    )


def test_the_next_two_hours_tells_about_two_hours_of_negotiating() -> None:
    report = compare_stories(LEFT, _right("two hours"))
    assert not {"about two hours", "next two hours"} & set(yellow(report))
    assert not conflict_texts(report)


def test_the_next_six_hours_against_about_two_hours_is_a_conflict() -> None:
    assert conflict_texts(compare_stories(LEFT, _right("six hours"))) == [
        ({"about two hours"}, {"next six hours"})
    ]
