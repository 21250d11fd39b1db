"""The start of one tenure told two ways in one sentence told alike: "Ana Cruz, who has taught
at the school since 2015" and "Ana Cruz, who joined the school in 2012" give two years for when
she began; the same year agrees, and a later step of the career ("was promoted in 2012") is no
start (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

REST = (
    " Parents praised her for keeping the children calm. The school will reopen on Monday. "
    "Police said the fire started in a storage room."
)


def _conflicts(left_clause: str, right_clause: str) -> list[tuple[set[str], set[str]]]:
    return conflict_texts(
        compare_stories(
            f"Ana Cruz, who {left_clause}, led 30 pupils out of the burning school on Friday."
            + REST,
            f"Ana Cruz, who {right_clause}, led 30 pupils out of the burning school on Friday."
            + REST,
        )
    )


def test_since_one_year_and_joined_in_another_is_a_conflict() -> None:
    found = _conflicts("has taught at the school since 2015", "joined the school in 2012")

    assert ({"2015"}, {"2012"}) in found, found


def test_since_a_year_and_joined_in_that_year_is_no_conflict() -> None:
    assert not _conflicts("has taught at the school since 2012", "joined the school in 2012")


def test_a_later_step_of_the_career_is_not_its_start() -> None:
    found = _conflicts("has taught at the school since 2015", "was promoted to head in 2012")

    assert not any("2015" in a for a, _ in found), found
