"""One article names an office holder ("Chancellor Olaf Brandt"), the other tells the same person
by the country or state they serve ("the German chancellor", "the Texas governor"): one person
told two ways, never a name swapped for another. So is a body told by its country and kind ("the
Italian club" / "AC Milan"). Two names, or two countries, still conflict."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts


def test_a_chancellor_named_is_the_german_chancellor() -> None:
    report = compare_texts(
        "Chancellor Olaf Brandt met the union leaders in Berlin.",
        "The German chancellor met the union leaders in Berlin.",
    )
    assert conflict_texts(report) == []


def test_a_governor_named_is_the_texas_governor() -> None:
    report = compare_texts(
        "Governor Jim Hale declared a state of emergency.",
        "The Texas governor declared a state of emergency.",
    )
    assert conflict_texts(report) == []


def test_a_striker_named_is_the_brazilian_striker() -> None:
    report = compare_texts(
        "Striker Leo Santos scored the winning goal.",
        "The Brazilian striker scored the winning goal.",
    )
    assert conflict_texts(report) == []


def test_two_chancellors_named_still_conflict() -> None:
    report = compare_texts(
        "Chancellor Olaf Brandt met the union leaders in Berlin.",
        "Chancellor Karl Weiss met the union leaders in Berlin.",
    )
    assert conflict_texts(report) == [({"Olaf Brandt"}, {"Karl Weiss"})]


def test_two_countries_chancellors_still_conflict() -> None:
    report = compare_texts(
        "The Austrian chancellor met the union leaders on Monday.",
        "The German chancellor met the union leaders on Monday.",
    )
    assert conflict_texts(report) == [({"Austrian"}, {"German"})]


def test_a_club_named_is_the_italian_club() -> None:
    report = compare_texts(
        "The Italian club sacked its manager on Tuesday.",
        "AC Milan sacked its manager on Tuesday.",
    )
    assert conflict_texts(report) == []


def test_two_clubs_named_still_conflict() -> None:
    report = compare_texts(
        "AC Milan sacked its manager on Tuesday.",
        "Inter Milan sacked its manager on Tuesday.",
    )
    assert conflict_texts(report) == [({"AC Milan"}, {"Inter Milan"})]
