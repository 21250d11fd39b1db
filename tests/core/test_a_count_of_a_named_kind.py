"""A name before a counted noun makes a kind of it: "Brant played in five All-Star games" counts
All-Star games, and "the team's ninth loss in 12 games" counts games; neither contradicts the
other. Two counts of the one named kind ("five All-Star games" / "four All-Star games") still
clash, and a place before the noun ("five Qeshm villages") says where, not what kind."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts

_FIRED = (
    "Hawks fire coach Dale Brant\n\n"
    "The Hawks fired coach Dale Brant on Sunday after a 7-15 start. "
    "Saturday night's 98-80 loss at home, the team's ninth in 12 games, was apparently the last "
    "straw. Brant is the third coach fired this season."
)
_CAREER = (
    "Brant out as Hawks coach\n\n"
    "Dale Brant was fired Sunday as coach of the Hawks, general manager Ray Cole said. "
    "An outstanding passer, Brant played in {} games and was a member of the team that won the "
    "title in 1986."
)
_QUAKE = (
    "Quake hits island\n\n"
    "A strong earthquake struck Qeshm island on Sunday, damaging homes in {} villages, officials "
    "said."
)


def test_all_star_games_are_not_the_teams_games() -> None:
    found = conflict_texts(compare_texts(_FIRED, _CAREER.format("five All-Star")))
    assert found == []


def test_two_counts_of_all_star_games_still_clash() -> None:
    left = _FIRED.replace(
        "Brant is the third", "He played in four All-Star games. Brant is the third"
    )
    found = conflict_texts(compare_texts(left, _CAREER.format("five All-Star")))
    assert ({"four"}, {"five"}) in found, found


def test_a_place_before_the_noun_leaves_the_count_one_kind() -> None:
    found = conflict_texts(compare_texts(_QUAKE.format("five Qeshm"), _QUAKE.format("15")))
    assert ({"five"}, {"15"}) in found, found
