"""A body named by nothing but its kind is the story's body of that kind: "the Police
Department" is told by an article that has "police said". Where the other article never speaks
of police at all, the mark stays."""

from __future__ import annotations

from tests.factories import compare_texts, yellow

_LEFT = (
    "Bank bomb kills two officers\n\n"
    "The explosion occurred Friday afternoon at a bank branch in Woodburn. "
    "Chief Russell, who has been with the Police Department for two decades, was in critical "
    "condition."
)
_RIGHT = (
    "Bank blast kills officer\n\n"
    "The explosion occurred Friday afternoon at a bank branch office in the town of Woodburn. "
    "Chief Scott Russell was injured and was in stable but critical condition, {who} said."
)


def test_the_police_department_is_told_by_police_said() -> None:
    assert "Police Department" not in yellow(compare_texts(_LEFT, _RIGHT.format(who="police")))


def test_the_police_department_stays_one_sided_where_the_other_names_no_police() -> None:
    marked = yellow(compare_texts(_LEFT, _RIGHT.format(who="officials")))
    assert "Police Department" in marked
