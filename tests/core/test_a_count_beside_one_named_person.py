"""A count told beside one person named by a role counts the rest of the group: "killing the
pilot and two passengers" is three dead, as "Three people died" says, and not a conflict; four
dead is still one too many (hand-written texts)."""

from __future__ import annotations

from tests.factories import agreed_texts, compare_stories, conflict_texts

_PARTS = (
    "A small plane crashed into a field near Wichita on Saturday afternoon, killing the pilot "
    "and two passengers. The Cessna had taken off from Jabara Airport about 20 minutes earlier. "
    "Federal investigators are looking into the cause."
)


def _whole(toll: str) -> str:
    return (
        f"{toll} people died when a single-engine Cessna went down in a field outside Wichita "
        "on Saturday. The plane had left Jabara Airport roughly 20 minutes before the crash. "
        "Federal investigators will look into the cause."
    )


def test_the_pilot_and_two_passengers_killed_agrees_with_three_dead() -> None:
    report = compare_stories(_PARTS, _whole("Three"))
    assert not conflict_texts(report)
    assert ({"two"}, {"Three"}) in agreed_texts(report)


def test_the_pilot_and_two_passengers_killed_still_conflicts_with_four_dead() -> None:
    report = compare_stories(_PARTS, _whole("Four"))
    assert ({"two"}, {"Four"}) in conflict_texts(report)


def test_two_dead_without_anyone_named_beside_still_conflicts_with_three() -> None:
    told = _PARTS.replace("the pilot and two passengers", "two passengers")
    report = compare_stories(told, _whole("Three"))
    assert ({"two"}, {"Three"}) in conflict_texts(report)


def test_two_passengers_and_the_pilot_killed_agrees_with_three_dead() -> None:
    told = _PARTS.replace("the pilot and two passengers", "two passengers and the pilot")
    report = compare_stories(told, _whole("Three"))
    assert not conflict_texts(report)
    assert ({"two"}, {"Three"}) in agreed_texts(report)


def test_the_pilot_and_three_passengers_killed_conflicts_with_three_dead() -> None:
    told = _PARTS.replace("the pilot and two passengers", "the pilot and three passengers")
    report = compare_stories(told, _whole("Three"))
    assert ({"three"}, {"Three"}) in conflict_texts(report)


def test_the_pilot_and_three_passengers_killed_agrees_with_three_passengers_dead() -> None:
    told = _PARTS.replace("the pilot and two passengers", "the pilot and three passengers")
    report = compare_stories(told, _whole("Three").replace("Three people", "Three passengers"))
    assert not conflict_texts(report)
