"""A figure each writer rounds their own way ("about 320 metres" / "roughly 300 m"), in two
sentences that tell one thing in other words, is told by both articles: no yellow mark on either.
Figures too far apart, or two bounds with no rounding word, keep their marks."""

from __future__ import annotations

from tests.factories import compare_texts, yellow

_DAY = "2024-05-10"


def test_divers_found_about_320_metres_and_roughly_300_m_into_a_cave_carry_no_yellow() -> None:
    report = compare_texts(
        "Cave divers found\n\nThe three divers were found about 320 metres inside the flooded "
        "cave on Monday, the rescue team said.",
        "Cave divers found\n\nRescuers reached the three men on Monday roughly 300 m from the "
        "cave's mouth, a spokeswoman said.",
        _DAY,
    )
    assert not yellow(report), yellow(report)


def test_about_40000_households_and_around_41000_homes_without_power_are_one_count() -> None:
    report = compare_texts(
        "Ice storm\n\nThe ice storm brought down power lines, leaving about 40,000 households "
        "without electricity.",
        "Ice storm\n\nAround 41,000 homes and shops lost power during the ice storm, the power "
        "company said.",
        _DAY,
    )
    assert not yellow(report), yellow(report)


def test_more_than_800_and_about_900_evacuated_residents_are_one_count() -> None:
    report = compare_texts(
        "Wildfire nears village\n\nFire crews fought the blaze near Ashby, where about 900 "
        "people left their houses.",
        "Wildfire nears village\n\nMore than 800 residents of Ashby were moved to a school hall "
        "as the flames approached.",
        _DAY,
    )
    assert not yellow(report), yellow(report)


def test_about_450_and_about_900_evacuated_residents_stay_each_articles_own() -> None:
    report = compare_texts(
        "Wildfire nears village\n\nFire crews fought the blaze near Ashby, where about 450 "
        "people left their houses.",
        "Wildfire nears village\n\nAbout 900 residents of Ashby were moved to a school hall "
        "as the flames approached.",
        _DAY,
    )
    assert "about 450" in yellow(report), yellow(report)


def test_chips_running_at_up_to_3_8_and_up_to_4_1_gigahertz_are_not_rounded_alike() -> None:
    report = compare_texts(
        "New chip unveiled\n\nThe chip has eight cores that run at up to 3.8 gigahertz, the "
        "company said.",
        "New chip unveiled\n\nIts fastest cores reach up to 4.1 GHz, according to the maker.",
        _DAY,
    )
    assert yellow(report), yellow(report)


def test_a_bus_that_fell_about_60_metres_and_roughly_200_feet_fell_one_distance() -> None:
    report = compare_texts(
        "Bus falls into gorge\n\nA tour bus plunged about 60 metres into a ravine on the pass "
        "road on Friday evening, killing six people.",
        "Bus falls into gorge\n\nSix people died on Friday when a coach left the pass road. "
        "Witnesses said it rolled down the slope for roughly 200 feet before it stopped "
        "against trees.",
        _DAY,
    )
    assert not yellow(report), yellow(report)


def test_about_8000_households_and_nearly_8500_households_told_far_apart_are_one_count() -> None:
    report = compare_texts(
        "Heatwave strains the grid\n\nEngineers worked through the night at the Harlow "
        "substation. By morning about 8,000 households were still waiting for their lights to "
        "come back.",
        "Heatwave strains the grid\n\nNearly 8,500 households in the valley had no electricity "
        "on Tuesday. The regional grid operator blamed a failed transformer near Harlow and "
        "said crews had worked through the night.",
        _DAY,
    )
    assert not [mark for mark in yellow(report) if "8," in mark], yellow(report)


def test_about_8000_households_and_nearly_8500_customers_told_far_apart_stay_marked() -> None:
    report = compare_texts(
        "Heatwave strains the grid\n\nEngineers worked through the night at the Harlow "
        "substation. By morning about 8,000 households were still waiting for their lights to "
        "come back.",
        "Heatwave strains the grid\n\nNearly 8,500 customers in the valley had no electricity "
        "on Tuesday. The regional grid operator blamed a failed transformer near Harlow and "
        "said crews had worked through the night.",
        _DAY,
    )
    assert [mark for mark in yellow(report) if "8," in mark], yellow(report)
