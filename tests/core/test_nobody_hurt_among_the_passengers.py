"""A figure after "among" counts the group the harmed are sought in: "Nobody was hurt among the
231 passengers and crew" counts no one hurt, so it never meets the other article's "No one was
injured" as a count of the injured. A count of the injured still does."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

LEFT = (
    "Plane makes emergency landing in Denver\n\n"
    "A United Airlines flight made an emergency landing in Denver on Saturday after one of its "
    "engines caught fire, the airline said. No one was injured.\n\n"
    "The Boeing 777 was flying to Honolulu.\n"
)


def _right(closing: str) -> str:
    return (
        "Engine fire forces United jet back to Denver\n\n"
        "A United Airlines Boeing 777 bound for Honolulu returned to Denver on Saturday when an "
        "engine caught fire shortly after takeoff.\n\n"
        f"The FAA is investigating. {closing}\n"
    )


def test_nobody_hurt_among_the_passengers_agrees_with_no_one_injured() -> None:
    closing = "Nobody was hurt among the 231 passengers and crew."
    assert conflict_texts(compare_stories(LEFT, _right(closing))) == []


def test_passengers_who_were_hurt_still_clash_with_no_one_injured() -> None:
    closing = "Three passengers were hurt."
    conflicts = conflict_texts(compare_stories(LEFT, _right(closing)))
    assert any("No one was injured" in left for left, _ in conflicts)
