"""One numbered road under the names papers give it: "Highway 61" / "U.S. 61", "Interstate 95" /
"I-95", "County Road 12" / "CR 12". A road is its number within its network; a plain "Highway"
or "Route" may be a US or a state road, so it names the same road as "U.S. 61" or "State Route
9". One road told two ways is no conflict on the place and no yellow mark; another number, or
an interstate against a highway, is another road."""

from __future__ import annotations

from desktop.core.locations.road_numbers import roads_in
from desktop.core.model import Report
from tests.factories import compare_stories, conflict_texts, place_conflicts, yellow

LEAD = "A 41-year-old driver was shot and wounded Friday night, state troopers said. "


def _report(left_road: str, right_road: str) -> Report:
    return compare_stories(
        LEAD + f"The driver was shot while heading north on {left_road} near the county line.",
        LEAD + f"The driver was shot while heading north on {right_road} near the county line.",
    )


def test_us_61_is_highway_61() -> None:
    report = _report("Highway 61", "U.S. 61")
    assert place_conflicts(report) == [], place_conflicts(report)
    assert conflict_texts(report) == [], conflict_texts(report)


def test_us_1_is_us_highway_1() -> None:
    report = _report("U.S. Highway 1", "US 1")
    assert conflict_texts(report) == [], conflict_texts(report)


def test_route_66_is_highway_66() -> None:
    report = _report("Route 66", "Highway 66")
    assert place_conflicts(report) == [], place_conflicts(report)


def test_i_95_is_interstate_95_and_neither_is_left_yellow() -> None:
    report = _report("Interstate 95", "I-95")
    assert place_conflicts(report) == [], place_conflicts(report)
    assert "Interstate 95" not in yellow(report), yellow(report)


def test_cr_12_is_county_road_12() -> None:
    report = _report("County Road 12", "CR 12")
    assert conflict_texts(report) == [], conflict_texts(report)


def test_texas_71_is_state_highway_71() -> None:
    report = _report("State Highway 71", "Texas 71")
    assert place_conflicts(report) == [], place_conflicts(report)
    assert yellow(report) == [], yellow(report)


def test_us_16_is_not_highway_61() -> None:
    report = _report("Highway 61", "U.S. 16")
    assert ({"Highway 61"}, {"U.S. 16"}) in place_conflicts(report), report.findings


def test_county_road_21_is_not_county_road_12() -> None:
    report = _report("County Road 12", "County Road 21")
    assert ({"County Road 12"}, {"County Road 21"}) in place_conflicts(report), report.findings


def test_route_19_is_not_state_route_9() -> None:
    report = _report("State Route 9", "Route 19")
    assert place_conflicts(report), report.findings


def test_interstate_10_is_not_highway_10() -> None:
    report = _report("Interstate 10", "Highway 10")
    assert place_conflicts(report), report.findings


def test_a_score_after_a_states_name_or_a_countrys_years_is_no_road() -> None:
    assert roads_in("The final score was Texas 31, Oklahoma 24.") == ()
    assert roads_in("Prices in the U.S. 10 years ago were lower.") == ()
    assert roads_in("The crash closed Texas 71 and then northbound Texas 71 again.") == ()
    assert [r.number for r in roads_in("It happened on northbound Texas 71.")] == ["71"]
