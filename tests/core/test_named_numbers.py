"""Numerals that name a thing count nothing: a firearm's bore ("a .45 caliber pistol") and a
number dialled ("called 911", "1-800-SPEAK-UP") are never set against a count of people, guns or
shots in the other article.

All sentences here are written for the tests; none comes from a corpus.
"""

from __future__ import annotations

from desktop.core.findings.counts.named_numbers import calibres, dialled_numbers
from desktop.core.model import Finding, FindingKind, Report
from tests.factories import compare_stories as compare
from tests.factories import conflicts


def quoted(found: list[Finding]) -> list[tuple[str, ...]]:
    return [tuple(s.text for s in (*f.left, *f.right)) for f in found]


def test_a_pistols_bore_is_no_count_of_pistols() -> None:
    left = "Man shot\n\nThe man was shot with a .45 caliber pistol on Friday.\n"
    right = "Man shot\n\nThe man was shot with two pistols on Friday.\n"
    found = conflicts(compare(left, right))
    assert not any(".45" in t for q in quoted(found) for t in q), quoted(found)


def test_a_count_of_guns_beside_their_bore_still_meets_the_other_count() -> None:
    left = "Guns found\n\nOfficers found two 9mm handguns in the car on Friday.\n"
    right = "Guns found\n\nOfficers found three handguns in the car on Friday.\n"
    assert ("two", "three") in quoted(conflicts(compare(left, right)))


def test_the_number_a_neighbour_dialled_is_no_count_of_calls() -> None:
    left = "Man shot\n\nPolice received several 911 calls about the shooting on Friday night.\n"
    right = "Man shot\n\nPolice received three calls about the shooting on Friday night.\n"
    found = conflicts(compare(left, right))
    assert not any("911" in t for q in quoted(found) for t in q), quoted(found)


def test_a_telephone_number_spelled_in_letters_is_no_figure() -> None:
    left = "Man shot\n\nAnyone with information is asked to call 1-866-4WANTED.\n"
    right = "Man shot\n\nAnyone with information is asked to call 2 detectives.\n"
    assert conflicts(compare(left, right)) == []


def test_bores_and_dialled_numbers_are_found_where_they_are_written() -> None:
    text = "a .40-caliber handgun, 46 9-mm bullets, a 12-gauge shotgun, 10 mm of rain, 22 people"
    assert [text[a:b] for a, b in calibres(text)] == [".40", "9", "12"]
    text = "She called 911. Call 1-800-SPEAK-UP or (800) 222-TIPS. The club has 911 members."
    assert [text[a:b] for a, b in dialled_numbers(text)] == [
        "1-800-SPEAK-UP",
        "(800) 222-TIPS",
        "911",
    ]


def one_sided(report: Report) -> list[str]:
    return [
        s.text
        for f in report.findings
        if f.kind in (FindingKind.LEFT_ONLY, FindingKind.RIGHT_ONLY) and not f.is_statement
        for s in (*f.left, *f.right)
    ]


def test_a_tip_line_number_is_no_fact_the_other_article_lacks() -> None:
    left = (
        "Man shot\n\nA man was shot on Friday night, police said. Anyone with information "
        "should call police at 555-7867 or Crime Stoppers at 1-800-SPEAK-UP.\n"
    )
    right = "Man shot\n\nA man was shot on Friday night, police said.\n"
    marks = one_sided(compare(left, right))
    assert not any(any(d in m for d in ("555", "7867", "800")) for m in marks), marks


def test_the_number_a_witness_dialled_is_no_fact_the_other_article_lacks() -> None:
    left = (
        "Man shot\n\nA man was shot on Friday night, police said. Call police at 911 if you "
        "saw the gunman.\n"
    )
    right = "Man shot\n\nA man was shot on Friday night, police said.\n"
    marks = one_sided(compare(left, right))
    assert not any("911" in m for m in marks), marks


def test_an_age_in_a_headline_set_in_capitals_is_no_telephone_number() -> None:
    assert dialled_numbers("A 100-YEAR-OLD WOMAN WAS SHOT") == []
