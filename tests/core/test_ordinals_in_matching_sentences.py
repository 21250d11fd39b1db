"""Which one, in two sentences that tell the same thing: the sixth round is not the fourth, the
fifth coach fired this season not the sixth; a sentence that ranks two rounds sets neither
against the other's one (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_texts as compare
from tests.factories import conflict_texts as conflict_pairs

HEADLINE = "Klitschko keeps his belts\n\n"


def test_the_sixth_round_is_not_the_fourth() -> None:
    left = HEADLINE + "Klitschko stopped Thompson in the sixth round on Saturday in Bern."
    right = HEADLINE + "Klitschko stopped Thompson in the fourth round on Saturday in Bern."
    assert ({"sixth round"}, {"fourth round"}) in conflict_pairs(compare(left, right))


def test_the_fifth_coach_fired_is_not_the_sixth() -> None:
    left = HEADLINE + "Cheeks became the fifth NBA coach fired this season after a 9-14 start."
    right = HEADLINE + "Cheeks is the sixth NBA coach fired this season after a 9-14 start."
    assert ({"fifth NBA coach"}, {"sixth NBA coach"}) in conflict_pairs(compare(left, right))


def test_a_sentence_ranking_two_rounds_sets_neither_against_one() -> None:
    left = (
        HEADLINE + "Klitschko knocked Thompson down in the second round and stopped him in the "
        "sixth round on Saturday in Bern."
    )
    right = HEADLINE + "Klitschko stopped Thompson in the sixth round on Saturday in Bern."
    assert conflict_pairs(compare(left, right)) == []


def test_the_same_round_in_other_words_agrees() -> None:
    left = HEADLINE + "Klitschko stopped Thompson in the 6th round on Saturday in Bern."
    right = HEADLINE + "Klitschko stopped Thompson in the sixth round on Saturday in Bern."
    assert conflict_pairs(compare(left, right)) == []


def test_a_running_count_of_days_grows_with_the_day_of_writing() -> None:
    left = HEADLINE + "Rioters attacked banks in Athens on the eighth day of protests."
    right = HEADLINE + "Rioters attacked banks in Athens on the seventh day of protests."
    assert conflict_pairs(compare(left, right)) == []


def test_a_round_told_beside_another_ordinal_is_not_set_against_one() -> None:
    left = (
        HEADLINE + "Klitschko knocked Thompson down in the sixth round and stopped him early in "
        "the seventh."
    )
    right = HEADLINE + "Klitschko stopped Thompson in the seventh round on Saturday in Bern."
    assert conflict_pairs(compare(left, right)) == []


def test_an_office_on_the_second_floor_is_no_count_of_floors_climbed() -> None:
    left = (
        HEADLINE + "Later the gunman went to a second-floor office and called police, "
        "officers said."
    )
    right = (
        HEADLINE + "Later the gunman went back up to the third floor armed with a rifle, "
        "officers said."
    )
    assert conflict_pairs(compare(left, right)) == []


def test_ordinals_that_rank_no_words_are_set_against_nothing() -> None:
    # "finished third" / "finished second" rank a finishing place and do clash
    # (test_a_finishing_place_without_its_noun.py); "was third" ranks no words.
    left = HEADLINE + "Thompson, who was third in Bern on Saturday, said little afterwards."
    right = HEADLINE + "Thompson, who was second in Bern on Saturday, said little afterwards."
    assert conflict_pairs(compare(left, right)) == []
