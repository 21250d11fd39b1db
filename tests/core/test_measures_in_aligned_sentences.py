"""Measures a reader sets side by side: the one distance two matching sentences give, an area
never read as a distance, and an age beside a name the tagger did not type."""

from __future__ import annotations

from desktop.core.figures.numbers.values import parse_number
from desktop.core.model import FindingKind, Report
from tests.factories import compare_texts, conflict_texts


def compare(left: str, right: str) -> Report:
    return compare_texts(left, right, "2024-05-06")


def test_the_one_distance_of_two_matching_sentences_is_compared_beside_other_figures() -> None:
    left = (
        "Quake shakes Tarrow island\n\n"
        "A moderate earthquake shook Tarrow island on Sunday, cracking the walls of several houses. "
        "Tarrow, located 1,150 kilometres (700 miles) south of the capital, is a popular weekend "
        "getaway for fishermen. Schools will stay shut on Monday."
    )
    right = (
        "Quake shakes Tarrow island\n\n"
        "A moderate earthquake shook Tarrow island on Sunday, cracking the walls of several houses. "
        "Tarrow, a 900-square-kilometre island 1,500 kilometres south of the capital, is a popular "
        "getaway with more than 100,000 people. Schools will stay shut on Monday."
    )
    texts = conflict_texts(compare(left, right))
    assert any("1,150 kilometres" in lt and "1,500 kilometres" in rt for lt, rt in texts), texts
    assert not any("700 miles" in lt or "900-square-kilometre" in rt for lt, rt in texts), texts


def test_an_area_in_square_units_is_an_area_and_converts_between_feet_and_metres() -> None:
    island = parse_number("1,500-square-kilometre")
    assert island is not None and island.dimension == "area"
    feet, metres = parse_number("170,000-square-foot"), parse_number("15,800-square-metre")
    assert feet is not None and metres is not None
    assert feet.dimension == metres.dimension == "area"
    assert abs(feet.low - metres.low) / metres.low < 0.01


def test_a_store_given_in_square_feet_and_square_metres_is_no_conflict() -> None:
    left = (
        "Fire destroys Wexley supermarket\n\n"
        "A fire destroyed the 170,000-square-foot supermarket in Wexley on Tuesday night, the fire "
        "service said. Nobody was hurt."
    )
    right = (
        "Fire destroys Wexley supermarket\n\n"
        "A fire destroyed the 15,800-square-metre supermarket in Wexley on Tuesday night, the fire "
        "service said. Nobody was hurt."
    )
    report = compare(left, right)
    assert not [f for f in report.findings if f.kind is FindingKind.CONFLICT], conflict_texts(
        report
    )


def test_an_age_beside_an_untyped_name_is_an_age_not_a_count_of_the_injured() -> None:
    left = (
        "Two hurt in Brackton office shooting\n\n"
        "A gunman wounded two men at a Brackton accounting office on Monday, police said. "
        "Quill Varrow, 52, a former employee, was arrested at his home."
    )
    right = (
        "Gunman opens fire in Brackton office\n\n"
        "A gunman opened fire at a Brackton accounting office on Monday, police said. "
        "Riva, 47, of Eastfield and Lomb, 48, of Harrow were being treated at Mercy Hospital."
    )
    texts = conflict_texts(compare(left, right))
    assert not any("47" in rt or "48" in rt for _, rt in texts), texts


def test_five_buildings_away_and_three_houses_away_count_the_same_thing() -> None:
    left = (
        "Suspect caught after deputy is shot\n\n"
        "Deputy Alan Roe was shot on Friday while questioning a man outside an apartment. "
        "Dale Pruitt was arrested five buildings away on Linden Street shortly before midnight."
    )
    right = (
        "Suspect caught after deputy is shot\n\n"
        "Deputy Alan Roe was shot on Friday while questioning a man outside an apartment. "
        "Dale Pruitt was arrested around midnight by a sheriff's SWAT team, three houses from the "
        "scene of the shooting."
    )
    texts = conflict_texts(compare(left, right))
    assert any("five" in lt and "three" in rt for lt, rt in texts), texts
