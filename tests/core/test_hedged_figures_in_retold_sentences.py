"""A figure each writer rounds their own way ("about 420 metres" / "roughly 400 m"), in two
sentences that tell one thing in other words, is told by both articles: no yellow mark on either.
Figures too far apart, or two bounds with no rounding word, keep their marks."""

from __future__ import annotations

from tests.factories import compare_texts, yellow

_DAY = "2024-05-10"


def test_a_mine_shaft_about_420_metres_deep_and_roughly_400_m_deep_carries_no_yellow() -> None:
    report = compare_texts(
        "Miners trapped\n\nRescuers said the six men were trapped about 420 metres underground "
        "when part of the shaft gave way on Monday.",
        "Miners trapped\n\nThe collapse on Monday left six workers stuck roughly 400 m below the "
        "surface, the mine's owner said.",
        _DAY,
    )
    assert not yellow(report), yellow(report)


def test_about_60000_households_and_around_61000_homes_without_power_are_one_count() -> None:
    report = compare_texts(
        "Storm hits the coast\n\nThe storm tore down power lines, leaving about 60,000 "
        "households without electricity.",
        "Storm hits the coast\n\nAround 61,000 homes and businesses lost power at the height of "
        "the storm, the utility said.",
        _DAY,
    )
    assert not yellow(report), yellow(report)


def test_more_than_1000_and_about_1200_evacuated_residents_are_one_count() -> None:
    report = compare_texts(
        "Flood in town\n\nThe river burst its banks at Oldfield, where about 1,200 people were "
        "evacuated from low-lying streets.",
        "Flood in town\n\nMore than 1,000 residents of Oldfield were forced from their homes "
        "after the river rose.",
        _DAY,
    )
    assert not yellow(report), yellow(report)


def test_about_600_and_about_1200_evacuated_residents_stay_each_articles_own() -> None:
    report = compare_texts(
        "Flood in town\n\nThe river burst its banks at Oldfield, where about 600 people were "
        "evacuated from low-lying streets.",
        "Flood in town\n\nAbout 1,200 residents of Oldfield were forced from their homes "
        "after the river rose.",
        _DAY,
    )
    assert "about 600" in yellow(report), yellow(report)


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
