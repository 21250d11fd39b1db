"""An obituary's list of survivors names the family in full: "survived by his wife and a son" /
"survived by his wife and a daughter" are two accounts of one family (invented obituaries). The
same child, or children of no sex named ("three children"), is no conflict."""

from __future__ import annotations

import pytest

from tests.factories import compare_texts, conflict_texts

LEFT = (
    "Actor Paul Rennick died on Saturday of a heart attack. He was 67. Rennick is survived by "
    "his wife and a son."
)


def _right(survivors: str) -> str:
    return (
        "Paul Rennick, the actor, died Saturday after suffering a heart attack. He was 67. "
        f"{survivors}"
    )


@pytest.mark.parametrize(
    "survivors",
    ["He is survived by his wife and a daughter.", "Survivors include his wife and a daughter."],
)
def test_a_son_in_one_list_and_a_daughter_in_the_other_conflict(survivors: str) -> None:
    assert ({"son"}, {"daughter"}) in conflict_texts(compare_texts(LEFT, _right(survivors)))


@pytest.mark.parametrize(
    "survivors",
    ["He is survived by his wife and his son.", "He is survived by his wife and three children."],
)
def test_the_same_son_or_children_of_no_sex_are_no_conflict(survivors: str) -> None:
    assert conflict_texts(compare_texts(LEFT, _right(survivors))) == []
