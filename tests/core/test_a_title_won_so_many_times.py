"""A title won a number of times: the parser runs the event's name on into the count ("the French
Open 14 times"), and the count must be the figure the two articles compare, not the name."""

from tests.factories import compare_texts, conflict_texts, yellow


def test_a_title_won_fourteen_times_and_twelve_times_is_one_conflict_on_the_count() -> None:
    report = compare_texts(
        "Nadal has won the French Open 14 times.", "Nadal has won the French Open 12 times."
    )
    assert conflict_texts(report) == [({"14"}, {"12"})]


def test_the_same_title_count_told_twice_agrees_and_names_the_event_alike() -> None:
    report = compare_texts(
        "Nadal has won the French Open 14 times.", "Nadal, 36, has won the French Open 14 times."
    )
    assert conflict_texts(report) == []
    assert "French Open 14" not in yellow(report)


def test_a_year_that_ends_an_events_name_stays_in_the_name() -> None:
    report = compare_texts(
        "France won the World Cup 2018 final 4-2.", "France won the 2018 World Cup final 4-2."
    )
    assert conflict_texts(report) == []


def test_a_final_score_after_the_games_name_is_compared_as_a_score() -> None:
    report = compare_texts(
        "The Chiefs won the Super Bowl 25-22 in overtime.", "The Chiefs won the Super Bowl 31-20."
    )
    # The whole score, as the score readers (missed_scores, missed_tallies) take it.
    assert ({"25-22"}, {"31-20"}) in conflict_texts(report)


def test_the_same_final_score_after_the_games_name_agrees() -> None:
    report = compare_texts(
        "The Chiefs won the Super Bowl 25-22 in overtime.",
        "The Chiefs beat the 49ers 25-22 in overtime to win the Super Bowl.",
    )
    assert conflict_texts(report) == []
    assert "Super Bowl 25-22" not in yellow(report)
