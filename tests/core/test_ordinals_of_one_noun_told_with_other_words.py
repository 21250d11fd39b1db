"""One rank of one thing told with other words before its noun ("his fifth defence" / "his
fourth successful defence", "the 47th player" / "the 46th NHL player"), or in a sentence that
ranks something else too, still meets the other article's rank of that noun; "is in his 18th
season" states the rank, as "is playing his 17th season" does."""

from tests.factories import compare_texts, conflict_texts


def test_a_rank_with_a_word_more_before_its_noun_clashes_with_another_rank() -> None:
    report = compare_texts(
        "Forward Ty Grant scored on Thursday, becoming the 47th player in NHL history to reach "
        "500 goals. The crowd stood.",
        "Ty Grant became the 46th NHL player to reach 500 goals on Thursday. The crowd stood.",
    )
    assert ({"47th player"}, {"46th NHL player"}) in conflict_texts(report)


def test_the_same_rank_with_a_word_more_agrees() -> None:
    report = compare_texts(
        "Forward Ty Grant scored on Thursday, becoming the 47th player in NHL history to reach "
        "500 goals. The crowd stood.",
        "Ty Grant became the 47th NHL player to reach 500 goals on Thursday. The crowd stood.",
    )
    assert conflict_texts(report) == []


def test_a_season_he_is_in_clashes_with_the_season_he_is_playing() -> None:
    report = compare_texts(
        "Ty Grant scored his 500th goal on Thursday. Grant, 36, is in his 18th season.",
        "Ty Grant scored his 500th goal on Thursday. The 36-year-old is playing his 17th season.",
    )
    assert ({"18th season"}, {"17th season"}) in conflict_texts(report)


def test_a_round_named_beside_another_rank_meets_the_other_round() -> None:
    report = compare_texts(
        "Alex Moreno lost his UFC title on Saturday night. Moreno was stopped by Kai Jensen in "
        "the second round of their third fight.",
        "Kai Jensen knocked out Alex Moreno in the third round Saturday to take the UFC title. "
        "The crowd booed.",
    )
    assert ({"second round"}, {"third round"}) in conflict_texts(report)


def test_two_ranks_of_one_noun_in_one_sentence_meet_no_single_rank() -> None:
    report = compare_texts(
        "Alex Moreno lost his UFC title on Saturday. He was down in the second round and "
        "stopped in the third round.",
        "Kai Jensen stopped Alex Moreno in the third round Saturday to take the UFC title. "
        "The crowd booed.",
    )
    assert conflict_texts(report) == []


def test_a_round_beside_a_rank_whose_noun_is_left_out_meets_no_round() -> None:
    report = compare_texts(
        "Alex Moreno lost his UFC title on Saturday. He was down in the second round of their "
        "third fight and out early in the fourth.",
        "Kai Jensen stopped Alex Moreno in the third round Saturday to take the UFC title. "
        "The crowd booed.",
    )
    assert conflict_texts(report) == []


def test_a_defence_told_with_two_words_before_it_meets_the_other_defence() -> None:
    report = compare_texts(
        "Boxer Maria Ortiz kept her WBA title on Saturday. Ortiz made the sixth defence of her "
        "title with an eighth-round stoppage of Lisa Kane.",
        "Maria Ortiz kept her WBA belt on Saturday. Ortiz made her seventh successful title "
        "defence with an eighth-round stoppage of Lisa Kane.",
    )
    assert ({"sixth defence"}, {"seventh successful title defence"}) in conflict_texts(report)
