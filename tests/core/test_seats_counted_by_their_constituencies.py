"""A chamber's seats are counted in election copy either as seats or as the constituencies that
each return one: "93 parliamentary seats" in one article and "93 constituencies" in the other,
in sentences telling other things, are one count both articles give, with no yellow mark on
either. The same figure counting candidates is another count and stays one-sided."""

from __future__ import annotations

from tests.factories import agreed_texts, compare_stories, one_sided_texts

_SEATS = (
    "Voters choose a new parliament in Veloria\n\nVelorians voted on Sunday in the first election "
    "since the new constitution. Some 240 candidates are standing for 93 parliamentary seats, "
    "officials said. Turnout was reported to be high in the capital.\n"
)
_CONSTITUENCIES = (
    "Veloria votes\n\nPolls closed at 8 p.m. on Sunday across Veloria. Voting took place in 93 "
    "constituencies, the election commission said, and counting began at once. Observers from "
    "neighbouring states watched the vote.\n"
)


def test_seats_and_constituencies_of_one_vote_agree() -> None:
    report = compare_stories(_SEATS, _CONSTITUENCIES)
    assert ({"93"}, {"93"}) in agreed_texts(report)
    assert "93" not in one_sided_texts(report)


def test_the_same_figure_counting_candidates_stays_apart() -> None:
    candidates = _CONSTITUENCIES.replace("in 93 constituencies", "with 93 candidates standing")
    report = compare_stories(_SEATS, candidates)
    assert ({"93"}, {"93"}) not in agreed_texts(report)
