"""A record told from either side: games won against games lost, goals scored against goals
conceded. The two counts count different things and never clash; two counts of the same side
still do."""

from tests.factories import compare_texts, conflict_texts


def test_games_won_and_the_games_lost_of_the_same_run_do_not_clash() -> None:
    report = compare_texts(
        "The team won 9 of its 12 games.", "The team lost only three of its 12 games."
    )
    assert conflict_texts(report) == []


def test_games_lost_and_the_one_game_won_of_the_last_five_do_not_clash() -> None:
    report = compare_texts(
        "The team has lost four of its last five games.",
        "The team has won only one of its last five games.",
    )
    assert conflict_texts(report) == []


def test_goals_scored_and_goals_conceded_do_not_clash() -> None:
    report = compare_texts(
        "United scored 80 goals this season.", "United conceded 30 goals this season."
    )
    assert conflict_texts(report) == []


def test_two_counts_of_games_won_still_clash() -> None:
    report = compare_texts("The team won 9 of its 12 games.", "The team won 7 of its 12 games.")
    assert conflict_texts(report) == [({"9"}, {"7"})]


def test_two_counts_of_goals_conceded_still_clash() -> None:
    report = compare_texts(
        "United conceded 30 goals this season.", "United conceded 42 goals this season."
    )
    assert conflict_texts(report) == [({"30"}, {"42"})]
