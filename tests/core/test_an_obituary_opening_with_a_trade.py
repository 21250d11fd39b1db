"""A trade written before a name at the head of an obituary ("Scientist Helen Marr died on
Sunday at 94") is a description, never the person's first name: her age is Helen Marr's, and
clashes with the other article's age of Helen Marr; a sister of another first name keeps hers."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts

_LEFT = (
    "Scientist Helen Marr, who won the Nobel Prize in chemistry in 1988, died on Sunday at 94. "
    "She died at her home in Cambridge, England. Marr was the first woman to head the "
    "institute. She never married."
)


def _right(age: int, name: str = "Helen Marr") -> str:
    return (
        f"Nobel laureate {name} died Sunday at her Cambridge home at the age of {age}. Marr, who "
        "shared the 1988 chemistry prize, was the institute's first female director. She had no "
        "children. Her nephew confirmed the death."
    )


def test_scientist_helen_marr_at_94_clashes_with_helen_marr_at_96() -> None:
    conflicts = conflict_texts(compare_texts(_LEFT, _right(96)))
    assert ({"94"}, {"age of 96"}) in conflicts, conflicts


def test_the_same_age_agrees() -> None:
    assert not conflict_texts(compare_texts(_LEFT, _right(94)))


def test_her_sister_of_another_first_name_keeps_her_own_age() -> None:
    conflicts = conflict_texts(compare_texts(_LEFT, _right(96, "Sarah Marr")))
    assert ({"94"}, {"age of 96"}) not in conflicts, conflicts
