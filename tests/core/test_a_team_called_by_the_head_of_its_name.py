"""A team one article calls by the head of its one-word name is the team the other names in
full: "the Stormhawks" are "the Hawks", and "the 29ers" (said "Twenty-Niners") are "the Niners".
No yellow mark says the other article never names them. A singular word inside a town's name is
no head: "Manchester" is not "Chester" (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_texts as compare
from tests.factories import yellow


def test_a_team_called_by_the_head_of_its_compound_name_is_named_in_both() -> None:
    report = compare(
        "Coach fired\n\nThe Rivertown Stormhawks fired their coach on Monday after a 2-10 "
        "start, the team said.",
        "Hawks fire coach\n\nThe Hawks fired their coach on Monday after a 2-10 start, the team "
        "said.",
    )
    marks = yellow(report)
    assert not any("hawks" in m.lower() for m in marks), marks


def test_a_team_named_with_a_numeral_is_called_by_the_numbers_last_word() -> None:
    report = compare(
        "Coach fired\n\nEastport fired head coach Dan Ruiz on Monday. Ruiz led the 29ers for "
        "six years.",
        "Coach out\n\nEastport fired head coach Dan Ruiz on Monday. Ruiz led the Niners for six "
        "years.",
    )
    marks = yellow(report)
    assert not any("29ers" in m or "Niners" in m for m in marks), marks


def test_a_singular_word_inside_a_towns_name_names_another_town() -> None:
    report = compare(
        "Storm hits\n\nA storm hit the town on Monday, police said. Fans from Manchester came "
        "to help.",
        "Storm damage\n\nA storm hit the town on Monday, police said. Roads near Chester were "
        "closed.",
    )
    marks = yellow(report)
    assert any("Manchester" in m for m in marks) and any("Chester" in m for m in marks), marks
