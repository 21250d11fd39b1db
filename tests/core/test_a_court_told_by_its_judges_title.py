"""One article says a judge "of the U.S. District Court" passed sentence, the other names "U.S.
District Judge Ellen Porter": a judge's title names the court he sits on, so "U.S. District
Court" is not marked as one only the first article gives. A judge of another court ("Superior
Court Judge Ellen Porter") does not tell it: the mark stays, or the two courts conflict."""

from __future__ import annotations

import pytest

from tests.factories import compare_stories, conflict_texts, yellow

_LEFT = (
    "Bank robber sentenced to 15 years\n\n"
    "Judge Ellen Porter of the U.S. District Court sentenced Mark Smith to 15 years in prison "
    "on Tuesday for robbing four banks."
)
_RIGHT = (
    "Bank robber gets 15 years\n\n"
    "{} Judge Ellen Porter sentenced Mark Smith to 15 years in prison on Tuesday for robbing "
    "four banks."
)


@pytest.mark.parametrize("title", ["U.S. District", "U.S. District Court"])
def test_a_judges_title_names_her_court(title: str) -> None:
    marks = yellow(compare_stories(_LEFT, _RIGHT.format(title)))
    assert "U.S. District Court" not in marks, marks


def test_a_judge_of_another_court_does_not_tell_it() -> None:
    report = compare_stories(_LEFT, _RIGHT.format("Superior Court"))
    shown = yellow(report) + [w for left, _ in conflict_texts(report) for w in left]
    assert "U.S. District Court" in shown, shown
