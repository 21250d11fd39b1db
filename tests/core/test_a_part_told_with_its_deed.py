"""A count told as a part with its own deed counts those that did it: "Two of the victims were
killed" tells two dead, as "killed two people" does, and "Six of the train's eight carriages
derailed" six derailed carriages (hand-written texts)."""

from __future__ import annotations

from tests.factories import agreed_texts, conflict_texts
from tests.factories import compare_texts as compare

SHOOTING = "Park shooting\n\n"
CRASH = "Train crash\n\n"


def test_two_of_the_victims_killed_agrees_with_gunfire_killing_two() -> None:
    left = (
        SHOOTING + "Seven people were shot in the park on Sunday. Two of the victims were killed."
    )
    right = (
        SHOOTING + "Police said gunfire in the park killed two people and wounded five on Sunday."
    )
    assert ({"Two"}, {"two"}) in agreed_texts(compare(left, right))


def test_two_of_the_victims_killed_clashes_with_three_killed() -> None:
    left = SHOOTING + "The gunman opened fire in the bar, and two of the victims were killed."
    right = SHOOTING + "The gunman opened fire in the bar, killing three people."
    assert ({"two"}, {"three"}) in conflict_texts(compare(left, right))


def test_six_of_the_carriages_derailed_clashes_with_five_derailed() -> None:
    left = CRASH + "Six of the train's eight carriages derailed near the station."
    right = CRASH + "The train derailed near the station when five of its carriages derailed."
    assert ({"Six"}, {"five"}) in conflict_texts(compare(left, right))


def test_a_part_is_never_set_against_its_own_whole() -> None:
    left = CRASH + "Six of the train's eight carriages derailed near the station."
    right = CRASH + "The train, which had eight carriages, derailed near the station."
    assert conflict_texts(compare(left, right)) == []


def test_a_part_of_the_casualties_is_no_count_of_the_dead() -> None:
    left = "Blast at plant\n\nTwo of the casualties died in hospital after the blast at the plant."
    right = "Blast at plant\n\nThe blast at the plant killed five people."
    assert conflict_texts(compare(left, right)) == []


def test_a_part_beside_its_whole_tells_no_deed_of_its_own() -> None:
    left = "Blast kills three, injures 19\n\nThe blast killed three workers and injured 19 others."
    right = "Blast at plant\n\nNineteen people were injured, four of them seriously."
    assert conflict_texts(compare(left, right)) == []


def test_a_stretch_of_games_is_no_seasons_tally() -> None:
    left = "Sixers season\n\nThe Sixers won 40 games last season."
    right = "Sixers season\n\nThe Sixers went on to win 18 of their next 23 games last season."
    assert conflict_texts(compare(left, right)) == []


def test_a_part_of_the_victims_is_no_count_of_officers() -> None:
    left = SHOOTING + "The gunman opened fire in the bar, and two of the victims were killed."
    right = SHOOTING + "The gunman opened fire in the bar, killing three officers."
    assert conflict_texts(compare(left, right)) == []
