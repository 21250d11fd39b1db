"""A lead told as "lead Rangers by 14 points" or "14 points clear of Rangers" is one margin: the
two agree, a different margin is a conflict, and neither is a count of the leader's points."""

from tests.factories import agreed_texts, compare_texts, conflict_texts

_LEFT = (
    "Celtic clinched the league title with a 3-0 win at Dundee on Saturday. The champions have "
    "88 points with four games left. They lead Rangers by {lead} points."
)
_RIGHT = (
    "Celtic wrapped up the title on Saturday, winning 3-0 at Dundee. Celtic are {gap} points "
    "clear of Rangers on {total} points with four matches to play."
)


def test_a_lead_by_points_and_points_clear_agree_and_never_meet_the_points_total() -> None:
    report = compare_texts(_LEFT.format(lead=14), _RIGHT.format(gap=14, total=88))
    assert conflict_texts(report) == []
    assert ({"14"}, {"14"}) in agreed_texts(report)


def test_two_different_margins_are_a_conflict() -> None:
    report = compare_texts(_LEFT.format(lead=14), _RIGHT.format(gap=12, total=88))
    assert conflict_texts(report) == [({"14"}, {"12"})]


def test_a_margin_never_meets_a_points_total_of_another_sentence() -> None:
    report = compare_texts(
        "Celtic won 3-0 at Dundee on Saturday. They lead Rangers by 14 points.",
        "Celtic won 3-0 at Dundee on Saturday. Celtic are on 88 points.",
    )
    assert conflict_texts(report) == []


def test_a_search_led_by_officers_still_counts_the_officers() -> None:
    report = compare_texts(
        "The search was led by 14 officers on Saturday. It ended at dusk.",
        "The search was led by 12 officers on Saturday. It ended at dusk.",
    )
    assert conflict_texts(report) == [({"14"}, {"12"})]


def test_a_lead_by_games_and_games_up_are_one_margin() -> None:
    left = (
        "The Cubs acquired pitcher Sam Wells from the Royals on Monday. The Cubs lead the NL "
        "Central by three games."
    )
    right = (
        "Chicago landed right-hander Sam Wells from Kansas City on Monday. The Cubs are {n} "
        "games up in the division."
    )
    assert conflict_texts(compare_texts(left, right.format(n="three"))) == []
    assert ({"three"}, {"five"}) in conflict_texts(compare_texts(left, right.format(n="five")))


def test_shares_up_five_percent_are_no_lead() -> None:
    report = compare_texts(
        "The club's shares rose on Monday. Shares were up 5 percent at noon.",
        "The club's shares rose on Monday. Shares were up 7 percent at noon.",
    )
    assert ({"5 percent"}, {"7 percent"}) in conflict_texts(report)
