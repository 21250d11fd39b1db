"""A place or a body written before a person's office and name says whose office it is: when the
other article names that person, the place is no fact it leaves out."""

from __future__ import annotations

from tests.factories import compare_texts, yellow


def test_the_team_city_before_a_general_manager_both_name_is_not_yellow() -> None:
    report = compare_texts(
        "Hawks make offer\n\nThe Hawks have offered a five-year contract to the pitcher, "
        "general manager Tom Bradley said Friday night.",
        "Hawks go big\n\nPortland general manager Tom Bradley said the team made a five-year "
        "offer to the pitcher on Friday.",
        "2008-12-13",
    )
    assert "Portland" not in yellow(report), yellow(report)


def test_the_state_before_a_governor_both_name_is_not_yellow() -> None:
    report = compare_texts(
        "Floods hit towns\n\nOregon Gov. Ann Carter said the state would help the families "
        "of the victims.",
        "Floods hit towns\n\nGov. Ann Carter said the state would help the families of the "
        "victims.",
        "2008-12-13",
    )
    assert "Oregon" not in yellow(report), yellow(report)


def test_a_town_before_a_noun_of_residence_says_where_the_person_lives() -> None:
    report = compare_texts(
        "Floods hit towns\n\nSalem man Tom Bradley was rescued from the roof of his car on Friday.",
        "Floods hit towns\n\nTom Bradley was rescued from the roof of his car on Friday.",
        "2008-12-13",
    )
    assert "Salem" in yellow(report), yellow(report)


def test_a_team_city_with_its_possessive_before_a_coach_both_name_is_not_yellow() -> None:
    report = compare_texts(
        "Coach fired\n\nThe Hawks fired their coach on Friday. Portland's assistant coach "
        "Eddie Jordan will take over, owner Bill Ray said.",
        "Coach fired\n\nThe Hawks fired their coach on Friday. Assistant coach Eddie Jordan "
        "will take over, owner Bill Ray said.",
        "2008-12-13",
    )
    assert "Portland" not in yellow(report), yellow(report)


def test_a_county_in_an_apposition_giving_a_deputys_office_is_not_yellow() -> None:
    report = compare_texts(
        "Gunman kills judge\n\nHe shot and killed Judge Ann Carter and Sgt. Tom Bradley, a "
        "Marion County sheriff's deputy.",
        "Gunman kills judge\n\nHe shot and killed Judge Ann Carter and Sgt. Tom Bradley.",
        "2008-12-13",
    )
    assert "Marion County" not in yellow(report), yellow(report)


def test_a_town_in_an_apposition_of_residence_keeps_its_mark() -> None:
    report = compare_texts(
        "Gunman kills judge\n\nHe shot and killed Judge Ann Carter and Tom Bradley, a Salem "
        "resident.",
        "Gunman kills judge\n\nHe shot and killed Judge Ann Carter and Tom Bradley.",
        "2008-12-13",
    )
    assert "Salem" in yellow(report), yellow(report)


def test_the_council_before_a_member_both_name_is_not_yellow() -> None:
    report = compare_texts(
        "Vigil turns violent\n\nCity Council Member Ann Carter said a peaceful vigil had turned "
        "into a riot on Monday night.",
        "Vigil turns violent\n\nCouncilwoman Ann Carter said a peaceful vigil had turned into a "
        "riot on Monday night.",
        "2013-03-12",
    )
    assert "City Council" not in yellow(report), yellow(report)
