"""A town's police department named in full ("according to Horn Lake Police Department") is told
by an article datelined in that town that quotes "police" alone ("Police said the victim was
Gale Hall"): a local report calls its own town's police just that. Twin: an article set in
another town, whose "police" are that town's, leaves the mark."""

from __future__ import annotations

from tests.factories import compare_stories, yellow

LEFT = (
    "A man shot his 16-year-old daughter and killed her mother before turning the gun on himself, "
    "according to Horn Lake Police Department."
)


def _right(town: str) -> str:
    return (
        f"{town}, Miss. -- A woman was killed and her daughter wounded on Sunday. "
        f"Police said the victim was Gale Hall. The shooting shocked {town.title()}."
    )


def test_horn_lake_police_department_is_told_by_police_in_a_horn_lake_story() -> None:
    marks = yellow(compare_stories(LEFT, _right("HORN LAKE")))
    assert "Horn Lake Police Department" not in marks, marks


def test_horn_lake_police_department_is_not_told_by_police_in_a_southaven_story() -> None:
    marks = yellow(compare_stories(LEFT, _right("SOUTHAVEN")))
    assert "Horn Lake Police Department" in marks, marks
