"""An age set off by commas after a noun for a person ("a man, 34", "The woman, 22,") is the same
age as "a man in his mid-30s" or "a woman in her early 20s" tells at a coarser precision, as "a
34-year-old man" is: no yellow mark says the other article never gives it. Twin: an age outside
that part of the decade ("a man, 54" / "in his mid-30s") keeps the mark."""

from __future__ import annotations

from tests.factories import compare_stories, yellow

LEAD_L = "A man was shot and wounded Saturday night outside a bar on Grand Avenue. "
LEAD_R = "A man was wounded in a shooting outside a Grand Avenue bar Saturday night. "


def _yellow(left: str, right: str) -> list[str]:
    return yellow(compare_stories(LEAD_L + left, LEAD_R + right))


def test_a_man_34_is_told_by_a_man_in_his_mid_30s() -> None:
    marks = _yellow(
        "Police later arrested a man in his mid-30s.", "Police later arrested a man, 34."
    )
    assert "34" not in marks, marks


def test_a_woman_22_is_told_by_a_woman_in_her_early_20s() -> None:
    marks = _yellow(
        "A woman in her early 20s was also grazed.", "A woman, 22, was also grazed by a bullet."
    )
    assert "22" not in marks, marks


def test_a_man_54_is_not_told_by_a_man_in_his_mid_30s() -> None:
    marks = _yellow(
        "Police later arrested a man in his mid-30s.", "Police later arrested a man, 54."
    )
    assert "54" in marks, marks


def test_a_named_neighbours_age_is_not_told_by_a_suspect_in_his_30s() -> None:
    marks = _yellow(
        "Neighbour Jane Cain, 33, called police.",
        "Police said the gunman was a white man in his 30s or 40s.",
    )
    assert "33" in marks, marks
