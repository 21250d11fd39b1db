"""A jury's verdict is one act of the court, whichever way it went and whatever verb tells it:
"acquitted ... on Tuesday" and "The jury returned its verdict on Wednesday" date the verdict on two
different days."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

LEFT = (
    "Teacher acquitted of assault charge\n\n"
    "A jury in Springfield on Tuesday acquitted high school teacher Paul Norton of assaulting a "
    "student in a classroom last year.\n\n"
    "Norton had been accused of pushing a boy against a wall. The trial lasted four days.\n"
)


def _right(day: str) -> str:
    return (
        "Springfield teacher cleared by jury\n\n"
        "Paul Norton, a Springfield high school teacher, was found not guilty of assault after a "
        "four-day trial.\n\n"
        "Norton had been charged with pushing a student into a wall.\n\n"
        f"The jury returned its verdict on {day}.\n"
    )


def test_a_verdict_returned_on_another_day_than_the_acquittal_is_a_conflict() -> None:
    assert ({"Tuesday"}, {"Wednesday"}) in conflict_texts(
        compare_stories(LEFT, _right("Wednesday"))
    )


def test_a_verdict_returned_on_the_day_of_the_acquittal_is_no_conflict() -> None:
    assert conflict_texts(compare_stories(LEFT, _right("Tuesday"))) == []
