"""A team or firm called by its city is told where the other article names it either way.

"The Boston bid" in an article that names the Boston Red Sox is the Red Sox' bid; "Eddie Jordan
(Washington)" names the Washington Wizards' coach. A yellow mark there would say the other
article lacks a fact it gives. A city named as a place ("a fire in Boston") keeps its mark.
"""

from __future__ import annotations

from tests.factories import compare_texts
from tests.factories import marks_of as marks

_OFFERS = (
    "Offers for Teixeira\n\n"
    "The Red Sox, the Orioles and the Nationals have made offers to Teixeira. The Red Sox "
    "offer was never made public. The Angels withdrew their offer on Sunday."
)


def test_the_boston_bid_is_the_red_sox_offer_the_other_article_reports() -> None:
    left = (
        "Teixeira gets offers\n\n"
        "The Boston Red Sox, Baltimore Orioles and Washington Nationals have made offers to "
        "Teixeira. The details of the Boston bid have not been reported. The Angels withdrew "
        "their offer on Sunday."
    )
    report = compare_texts(left, _OFFERS)
    assert not marks(report, "Boston"), marks(report, "Boston")


def test_anaheim_in_the_angels_full_name_is_the_angels_the_other_article_names() -> None:
    left = (
        "Teixeira gets offers\n\n"
        "The Red Sox, Orioles and Nationals have made offers to Teixeira. The Red Sox offer was "
        "never made public. The Los Angeles Angels of Anaheim withdrew their offer on Sunday."
    )
    report = compare_texts(left, _OFFERS)
    assert not marks(report, "Anaheim"), marks(report, "Anaheim")


def test_a_fire_in_boston_is_a_place_the_other_article_does_not_report() -> None:
    left = (
        "Teixeira gets offers\n\n"
        "The Boston Red Sox, Baltimore Orioles and Washington Nationals have made offers to "
        "Teixeira. A fire broke out in Boston on Monday. The Angels withdrew their offer on "
        "Sunday."
    )
    report = compare_texts(left, _OFFERS)
    assert marks(report, "Boston")


def test_coaches_named_with_their_teams_city_are_the_teams_the_other_article_names() -> None:
    left = (
        "Coach fired\n\n"
        "Cheeks became the fifth coach fired this season, following Eddie Jordan (Washington) "
        "and Sam Mitchell (Toronto)."
    )
    right = (
        "Coach is fired\n\n"
        "Cheeks is the fifth coach fired this season, after the Toronto Raptors' Sam Mitchell "
        "and the Washington Wizards' Eddie Jordan."
    )
    report = compare_texts(left, right)
    assert not marks(report, "Raptors") and not marks(report, "Wizards"), marks(report, "")


def test_a_team_is_not_told_by_its_city_named_as_the_place_of_something_else() -> None:
    left = (
        "Coach fired\n\n"
        "Cheeks became the fifth coach fired this season, a week after a game in Toronto."
    )
    right = (
        "Coach is fired\n\n"
        "Cheeks is the fifth coach fired this season, a week after a game against the "
        "Toronto Raptors."
    )
    report = compare_texts(left, right)
    assert marks(report, "Raptors")


_ARREST = (
    "Cowboys player arrested\n\n"
    "Sam Ortiz of the Cowboys was arrested early Sunday on suspicion of drunken driving, police "
    "said. The Cowboys said they were aware of the arrest.\n"
)


def _city_spans(left: str, right: str, city: str) -> list[tuple[int, str]]:
    return [
        (s.start, s.text)
        for f in marks(compare_texts(left, right), city)
        for s in (*f.left, *f.right)
        if s.text == city
    ]


def test_a_teams_city_is_no_mark_though_the_same_city_is_marked_as_the_place_of_the_arrest() -> (
    None
):
    right = (
        "Cowboys player arrested\n\n"
        "Dallas Cowboys linebacker Sam Ortiz was arrested early Sunday on Colfax Avenue in "
        "Dallas on suspicion of drunken driving.\n"
    )
    spans = _city_spans(_ARREST, right, "Dallas")
    assert [text for _, text in spans] == ["Dallas"], spans
    assert right[spans[0][0] - 3 : spans[0][0]] == "in ", spans


def test_a_teams_city_keeps_its_mark_when_the_other_never_names_the_team() -> None:
    left = (
        "Player arrested\n\nLinebacker Sam Ortiz was arrested early Sunday on suspicion of "
        "drunken driving, police said.\n"
    )
    right = (
        "Cowboys player arrested\n\n"
        "Dallas Cowboys linebacker Sam Ortiz was arrested early Sunday on Colfax Avenue in "
        "Dallas on suspicion of drunken driving.\n"
    )
    spans = _city_spans(left, right, "Dallas")
    assert right.index("Dallas Cowboys linebacker") in [start for start, _ in spans], spans


_SIGNED = (
    "Saints sign running back\n\n"
    "The Saints will lean on rookie Sam Ortiz, who was signed Wednesday from the Chicago Bears' "
    "practice squad.\n"
)


def test_a_team_listed_by_its_city_beside_another_team_is_told() -> None:
    right = (
        "Saints sign running back\n\n"
        "The Saints signed running back Sam Ortiz on Wednesday. Ortiz has spent time with the "
        "Detroit Lions, Chicago and Tampa this season.\n"
    )
    assert not marks(compare_texts(_SIGNED, right), "Chicago Bears")


def test_a_team_whose_city_the_other_names_only_as_a_place_keeps_its_mark() -> None:
    right = (
        "Saints sign running back\n\n"
        "The Saints signed running back Sam Ortiz on Wednesday. Ortiz grew up in Chicago and "
        "played college football in Texas.\n"
    )
    assert marks(compare_texts(_SIGNED, right), "Chicago Bears")
