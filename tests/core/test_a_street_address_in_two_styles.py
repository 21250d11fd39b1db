"""A street address is a house number and a street: "2100 N. Broadway", "4500 West Jefferson
Boulevard". The tagger reads "N. Broadway" after a house number as a person (an initial and a
surname) and the house number as a count; read as one place, the address in postal style and
written out ("2100 North Broadway") is one place, no conflict on a person. Twins: another house
number or another compass point is another address, a conflict on the place; and "in 2019 North
Korea" is a year, no address."""

from __future__ import annotations

from desktop.core.locations.street_addresses import addresses_in
from desktop.core.model import MentionType, Report
from tests.factories import compare_stories, conflict_texts, place_conflicts, yellow

LEAD = "A 52-year-old man was shot during a robbery on Tuesday night, police said. "


def _report(left_address: str, right_address: str) -> Report:
    return compare_stories(
        LEAD + f"Officers found the man at {left_address} after a 911 call.",
        LEAD + f"Officers found the man at {right_address} after a 911 call.",
    )


def test_2100_n_broadway_is_2100_north_broadway_and_no_person() -> None:
    report = _report("2100 N. Broadway", "2100 North Broadway")
    assert conflict_texts(report) == [], conflict_texts(report)
    assert not any(f.type is MentionType.PERSON for f in report.findings), report.findings
    assert yellow(report) == [], yellow(report)


def test_w_jefferson_blvd_is_west_jefferson_boulevard() -> None:
    report = _report("4500 W. Jefferson Blvd.", "4500 West Jefferson Boulevard")
    assert conflict_texts(report) == [], conflict_texts(report)


def test_2300_north_broadway_is_not_2100_n_broadway() -> None:
    report = _report("2100 N. Broadway", "2300 North Broadway")
    assert ({"2100 N. Broadway"}, {"2300 North Broadway"}) in place_conflicts(report), (
        report.findings
    )


def test_east_jefferson_boulevard_is_not_west_jefferson_boulevard() -> None:
    report = _report("4500 West Jefferson Boulevard", "4500 East Jefferson Boulevard")
    assert place_conflicts(report), report.findings


def test_a_year_before_a_country_is_no_address() -> None:
    assert addresses_in("The talks failed in 2019 North Korea said.") == ()
    assert addresses_in("The game starts at 7 p.m. Friday.") == ()


def test_an_address_agrees_with_its_street_told_without_the_house_number() -> None:
    report = compare_stories(
        LEAD + "Two men were shot outside 212 N. Main St. after a fight, police said.",
        LEAD + "Two men were wounded on North Main Street after a fight.",
    )
    assert yellow(report) == [], yellow(report)
    assert place_conflicts(report) == [], place_conflicts(report)
