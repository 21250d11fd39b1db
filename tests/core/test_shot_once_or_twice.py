""" "Once" after its verb is a count of times like "twice": "shot once in the arm" and "shot twice
in the arm" give two counts of shots, while "fled once the police came" (a conjunction) and
"had once lived" (formerly) count nothing (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

REST = (
    " She was taken to Mercy Hospital in stable condition. Officers found two shell casings "
    "near the bus stop. No one has been arrested."
)


def _story(first: str) -> str:
    return first + REST


def test_shot_once_clashes_with_shot_twice() -> None:
    report = compare_stories(
        _story("Police said the woman was shot once in the arm on Tuesday."),
        _story("Police said the woman was shot twice in the arm on Tuesday."),
    )

    assert ({"once"}, {"twice"}) in conflict_texts(report)


def test_stabbed_him_once_clashes_with_three_times() -> None:
    report = compare_stories(
        _story("Witnesses said the attacker stabbed him once, then ran off on Tuesday."),
        _story("Witnesses said the attacker stabbed him three times, then ran off on Tuesday."),
    )

    assert ({"once"}, {"three times"}) in conflict_texts(report)


def test_once_as_a_conjunction_or_formerly_counts_nothing() -> None:
    report = compare_stories(
        _story("The driver sped off once the police came on Tuesday. He had once lived nearby."),
        _story(
            "The driver sped off twice as the police came on Tuesday. He had twice lived nearby."
        ),
    )

    assert not any("once" in a for a, _ in conflict_texts(report))
