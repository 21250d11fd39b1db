"""A player's tally of last season beside this season's: two seasons' figures, never one figure
told two ways. Two figures of the same season still clash."""

from tests.factories import compare_texts, conflict_texts


def test_last_seasons_goals_do_not_clash_with_this_seasons() -> None:
    report = compare_texts(
        "The striker, who scored 20 goals last season, has nine this season.",
        "The striker has scored nine goals this season.",
    )
    assert conflict_texts(report) == []


def test_a_tally_of_the_previous_campaign_does_not_clash_with_this_seasons() -> None:
    report = compare_texts(
        "The striker scored 20 goals in the previous campaign.",
        "The striker has scored nine goals this season.",
    )
    assert conflict_texts(report) == []


def test_two_tallies_of_last_season_still_clash() -> None:
    report = compare_texts(
        "The striker scored 20 goals last season.", "The striker scored 14 goals last season."
    )
    assert conflict_texts(report) == [({"20"}, {"14"})]


def test_two_tallies_of_this_season_still_clash() -> None:
    report = compare_texts(
        "The striker has nine goals this season.", "The striker has 12 goals this season."
    )
    assert conflict_texts(report) == [({"nine"}, {"12"})]
