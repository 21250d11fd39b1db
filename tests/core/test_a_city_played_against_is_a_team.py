"""A city named as the side a game is played against or won over, as a club holding a record, or
as the club a player played for is a team: two reports naming different such cities do not tell
the story in two places."""

from tests.factories import compare_texts, place_conflicts


def test_an_opponent_and_a_club_with_a_record_named_by_their_cities_are_no_place_conflict() -> None:
    report = compare_texts(
        "Forward Kim Dawes has been ruled out for two weeks with a sprained ankle. Dawes was "
        "hurt in the third quarter of Friday's game against Denver.",
        "Kim Dawes will miss two weeks after spraining her ankle. Seattle has a 12-5 record "
        "without her.",
    )
    assert place_conflicts(report) == []


def test_a_former_club_named_by_its_city_is_no_place_conflict() -> None:
    report = compare_texts(
        "The Lakers signed free agent center Omar Diallo to a two-year contract. Diallo "
        "averaged 9.1 rebounds for Miami last season. He is 27 years old.",
        "Omar Diallo agreed to a two-year deal with Los Angeles. The 27-year-old center pulled "
        "down 9.1 rebounds a game with the Heat.",
    )
    assert place_conflicts(report) == []


def test_an_opponent_in_the_lineup_named_by_its_city_is_no_place_conflict() -> None:
    report = compare_texts(
        "The Yankees activated shortstop Nico Perez from the injured list on Friday. He was in "
        "the lineup against Toronto.",
        "Nico Perez returned from a strained oblique, as New York reinstated the shortstop "
        "Friday. Perez started against the Blue Jays.",
    )
    assert place_conflicts(report) == []


def test_a_win_over_a_city_is_no_place_conflict() -> None:
    report = compare_texts(
        "Guard Ray Coles scored 41 points as the Hawks posted a 118-109 win over Boston. Coles "
        "made eight three-pointers.",
        "Ray Coles poured in 41 points in Atlanta as the Hawks beat the Celtics 118-109. The "
        "guard hit eight 3-pointers.",
    )
    assert place_conflicts(report) == []


def test_a_protest_against_a_country_still_places_the_story() -> None:
    report = compare_texts(
        "Thousands marched against Chile's government on Monday. Police fired tear gas.",
        "Thousands marched in Peru on Monday. Police fired tear gas.",
    )
    assert place_conflicts(report) == [({"Chile"}, {"Peru"})]


def test_a_player_who_left_for_a_city_still_places_the_story() -> None:
    report = compare_texts(
        "A flood struck Denver on Monday. Rescuers left for Denver at dawn.",
        "A flood struck Seattle on Monday. Rescuers arrived at dawn.",
    )
    assert place_conflicts(report) == [({"Denver"}, {"Seattle"})]
