"""One article quotes "Carlos Ruiz of the Phoenix Fire Department", the other, a story of Phoenix,
"fire department spokesman Carlos Ruiz": a town's own service named by its kind alone, in an article
set in that town, is the town's, so "Phoenix Fire Department" is not marked as one only the first
article gives. An article set in another town keeps the mark, and one naming another town's fire
department ("Mesa fire department spokesman") names another body."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts, yellow

_LEFT = (
    "Phoenix sets heat record\n\n"
    "Phoenix recorded its hottest day of the year on Sunday, and Phoenix officials opened 12 "
    "cooling centers.\n\n"
    '"Drink water even if you are not thirsty," said Carlos Ruiz of the Phoenix Fire Department.'
)
_RIGHT = (
    "Heat wave grips {town}\n\n"
    "{town} recorded its hottest day of the year on Sunday, and {town} officials opened 12 "
    "cooling centers.\n\n"
    '"Drink water even if you are not thirsty," said {owner}fire department spokesman Carlos '
    "Ruiz."
)


def test_the_fire_department_of_a_story_of_phoenix_is_phoenixs() -> None:
    marks = yellow(compare_stories(_LEFT, _RIGHT.format(town="Phoenix", owner="")))
    assert "Phoenix Fire Department" not in marks, marks


def test_a_story_of_another_town_keeps_the_mark() -> None:
    marks = yellow(compare_stories(_LEFT, _RIGHT.format(town="Tucson", owner="")))
    assert "Phoenix Fire Department" in marks, marks


def test_another_towns_fire_department_is_not_told_by_it() -> None:
    report = compare_stories(_LEFT, _RIGHT.format(town="Phoenix", owner="Mesa "))
    shown = yellow(report) + [w for left, _ in conflict_texts(report) for w in left]
    assert "Phoenix Fire Department" in shown, shown
