"""A figure after a parent's "of" counts the parent's children: "an unemployed mother of 13" and
"her 12 children" give two counts of one brood. A grandmother of 13 counts grandchildren, which
her 12 children do not contradict."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

_RIGHT = "Octuplets mom\n\nSuleman lives in Whittier with her parents and her 12 children.\n"


def _left(parent: str) -> str:
    return f"Octuplets mom\n\nSuleman, an unemployed {parent} of 13, lives with her parents in Whittier.\n"


def test_a_mother_of_13_and_her_12_children_conflict() -> None:
    report = compare_stories(_left("mother"), _RIGHT)
    assert ({"13"}, {"12"}) in conflict_texts(report)


def test_a_grandmother_of_13_may_have_12_children() -> None:
    report = compare_stories(_left("grandmother"), _RIGHT)
    assert conflict_texts(report) == []
