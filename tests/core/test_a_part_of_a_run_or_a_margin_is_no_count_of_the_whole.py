"""A figure that counts only the first stretch of a run ("his first 11 seasons") is part of a
career, and one that measures a margin ("five rounds sooner than") tells how far apart two
things are: neither is a second account of the whole ("played 16 seasons", "went 11 rounds").
Two accounts of the same stretch, or of the same fight, still clash."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

_CAREER = (
    "Hawks fire coach Berry\n\n"
    "The Hawks fired coach Dan Berry on Friday after a 9-20 start. Berry played 16 seasons in "
    "the league as a player and had his number retired by the club."
)
_FIRST_SEASONS = (
    "Hawks dismiss Berry\n\n"
    "The Hawks dismissed coach Dan Berry on Friday after a 9-20 start. A Hawks fixture who "
    "spent his first 11 seasons as a player with the club and had his number retired by the "
    "club, Berry is 80-95 as head coach."
)


def test_a_players_first_seasons_with_a_club_are_no_count_of_his_whole_career() -> None:
    assert conflict_texts(compare_stories(_CAREER, _FIRST_SEASONS)) == []


def test_two_counts_of_a_players_first_seasons_still_clash() -> None:
    left = _FIRST_SEASONS.replace("first 11 seasons", "first 12 seasons")
    assert conflict_texts(compare_stories(left, _FIRST_SEASONS)) == [
        ({"first 12 seasons"}, {"first 11 seasons"})
    ]


_SOONER = (
    "Novak stops Porter\n\n"
    "Marek Novak stopped Dale Porter in Vienna on Saturday to keep his world title. Novak "
    "finished the fight five rounds sooner than when he beat Porter in their first title fight."
)
_LAST_MEETING = (
    "Novak beats Porter again\n\n"
    "Marek Novak beat Dale Porter in Vienna on Saturday to keep his world title. The last time "
    "the pair met, the fight went 11 rounds before Novak won."
)


def test_rounds_sooner_than_a_first_fight_count_no_rounds_of_either_fight() -> None:
    assert conflict_texts(compare_stories(_SOONER, _LAST_MEETING)) == []


def test_two_round_counts_of_the_one_fight_still_clash() -> None:
    left = _SOONER.replace(
        "finished the fight five rounds sooner than when he beat Porter in their first title "
        "fight.",
        "finished the fight in five rounds.",
    )
    right = _LAST_MEETING.replace(
        "The last time the pair met, the fight went 11 rounds", "The fight went seven rounds"
    )
    assert conflict_texts(compare_stories(left, right)) == [({"five"}, {"seven"})]
