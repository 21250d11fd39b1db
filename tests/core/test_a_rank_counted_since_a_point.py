"""A rank counted from a point on ("the first parliamentary election since independence", "the
first election held after the new constitution", "its first win on the road since October")
ranks the thing in that stretch only, so it never contradicts a rank in the whole series ("the
country's fourth parliamentary election"). Two plain ranks, or two counted from one point, still
conflict; a deed placed after something ("stopped in the seventh round after a knockdown") ranks
in the whole series (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

VOTE = "Voters in the republic cast their ballots on Sunday in the {rank}."
FIGHT = "The champion stopped the challenger in the {rank} in Berlin on Saturday night."


def _conflicts(template: str, left: str, right: str) -> list[tuple[set[str], set[str]]]:
    return conflict_texts(compare_stories(template.format(rank=left), template.format(rank=right)))


def test_the_first_election_since_independence_is_no_other_rank_than_the_fourth() -> None:
    found = _conflicts(
        VOTE,
        "country's fourth parliamentary election",
        "first parliamentary election since independence",
    )
    assert found == []


def test_the_first_election_held_after_a_new_constitution_is_no_other_rank() -> None:
    found = _conflicts(
        VOTE,
        "country's fourth parliamentary election",
        "first parliamentary election held after the adoption of a new constitution",
    )
    assert found == []


def test_the_fourth_and_the_fifth_election_still_conflict() -> None:
    found = _conflicts(
        VOTE, "country's fourth parliamentary election", "country's fifth parliamentary election"
    )
    assert ({"fourth parliamentary election"}, {"fifth parliamentary election"}) in found


def test_two_ranks_counted_since_one_point_still_conflict() -> None:
    found = _conflicts(
        VOTE,
        "first parliamentary election since independence",
        "second parliamentary election since independence",
    )
    assert ({"first parliamentary election"}, {"second parliamentary election"}) in found


def test_a_round_placed_after_a_knockdown_still_conflicts_with_another_round() -> None:
    found = _conflicts(FIGHT, "seventh round after a knockdown", "sixth round")
    assert ({"seventh round"}, {"sixth round"}) in found


def test_the_third_person_shot_this_month_is_no_other_rank_than_the_fifth_this_year() -> None:
    left = "The victim was the third person shot on Elm Street this month, police said."
    right = "Police said the victim was the fifth person shot in the neighborhood this year."
    assert conflict_texts(compare_stories(left, right)) == []


def test_a_plain_rank_against_one_this_season_still_conflicts() -> None:
    left = "Mills became the fifth coach fired in the league on Saturday, the team said."
    right = "The team said Mills became the sixth coach fired in the league this season."
    found = conflict_texts(compare_stories(left, right))
    assert any("fifth coach" in " ".join(lefts) for lefts, _ in found)


def test_two_ranks_since_one_year_told_on_differently_still_conflict() -> None:
    left = "The club reached the final for the first time since 2005 and lost it on Sunday."
    right = "The club reached the final on Sunday for the second time since 2005."
    found = conflict_texts(compare_stories(left, right))
    assert any("first" in " ".join(lefts) for lefts, _ in found)
