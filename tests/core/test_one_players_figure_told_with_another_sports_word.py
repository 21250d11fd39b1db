"""A sports page counts one thing with other words ("22 homers" / "22 home runs", "27 KOs" /
"27 knockouts", "19 bouts" / "19 fights", "62 matches" / "62 games"): the same figure agrees and
a different one is a conflict, instead of each side's figure marked as told by one article."""

from tests.factories import compare_texts, conflict_texts, yellow

_LEFT = (
    "Welterweight Danny Cruz defended his IBF title with a decision over Sam Ito on Saturday. "
    "Cruz, 29, is 24-1 with 15 knockouts. Ito had not lost in 19 fights."
)
_RIGHT = (
    "Danny Cruz beat Sam Ito on points on Saturday to keep his IBF welterweight belt. The "
    "29-year-old Cruz moved to 24-1 with 15 KOs. Ito, previously unbeaten in {bouts} bouts, "
    "suffered his first loss."
)


def test_fights_and_bouts_knockouts_and_kos_agree() -> None:
    report = compare_texts(_LEFT, _RIGHT.format(bouts=19))
    assert conflict_texts(report) == []
    assert not {"19", "15"} & set(yellow(report))


def test_a_different_count_of_bouts_is_a_conflict() -> None:
    report = compare_texts(_LEFT, _RIGHT.format(bouts=21))
    assert ({"19"}, {"21"}) in conflict_texts(report)


def test_homers_and_home_runs_matches_and_games_agree() -> None:
    report = compare_texts(
        "The Dodgers traded outfielder Ken Soto to the Mets on Tuesday. Soto hit .281 with 22 "
        "home runs in 140 games last season.",
        "Los Angeles sent Ken Soto to New York on Tuesday. The outfielder batted .281 and hit "
        "22 homers in 140 matches a year ago.",
    )
    assert not {"22", "140"} & set(yellow(report))


def test_home_runs_and_doubles_are_two_counts() -> None:
    report = compare_texts(
        "The Dodgers traded outfielder Ken Soto to the Mets on Tuesday. Soto hit 22 home runs "
        "last season.",
        "Los Angeles sent Ken Soto to New York on Tuesday. The outfielder hit 30 doubles last "
        "season.",
    )
    assert conflict_texts(report) == []
