""" "A three-time Oscar winner" counts wins and "a 21-time Oscar nominee" nominations: two tallies
of one person's prize, never one figure told two ways (invented stories). Two winners' tallies
of one person stay a conflict."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts

LEFT = (
    "Meryl Streep, a three-time Oscar winner, will receive an honorary award in Cannes. The "
    "ceremony is on May 14. Streep is 74."
)


def _right(tally: str) -> str:
    return (
        f"Meryl Streep, a {tally}, will be honored at the Cannes festival on May 14. The "
        "ceremony starts at noon. Streep is 74."
    )


def test_a_winners_tally_and_a_nominees_tally_are_no_conflict() -> None:
    assert conflict_texts(compare_texts(LEFT, _right("21-time Oscar nominee"))) == []


def test_two_winners_tallies_of_one_person_conflict() -> None:
    assert conflict_texts(compare_texts(LEFT, _right("two-time Oscar winner"))) == [
        ({"three"}, {"two"})
    ]
