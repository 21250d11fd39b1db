"""One article gives the year ("founded in 1998"), the other the decade or a part of it ("in the
late 1990s"): one date told at two precisions, not a conflict. A decade that does not hold the
year ("the 1980s", "the early 1990s" for 1998) still conflicts."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts


def test_a_founding_year_agrees_with_the_late_part_of_its_decade() -> None:
    report = compare_texts(
        "The company was founded in 1998 in Seattle.",
        "The Seattle company was founded in the late 1990s.",
    )
    assert conflict_texts(report) == []


def test_a_year_agrees_with_its_whole_decade() -> None:
    report = compare_texts("The bridge was built in 1965.", "The bridge was built in the 1960s.")
    assert conflict_texts(report) == []


def test_a_law_year_agrees_with_the_early_part_of_its_decade() -> None:
    report = compare_texts(
        "The law was passed in 2004 after years of debate.",
        "The law was passed in the early 2000s after years of debate.",
    )
    assert conflict_texts(report) == []


def test_a_year_outside_the_part_of_the_decade_still_conflicts() -> None:
    report = compare_texts(
        "The company was founded in 1998 in Seattle.",
        "The Seattle company was founded in the early 1990s.",
    )
    assert conflict_texts(report) == [({"1998"}, {"early 1990s"})]


def test_a_year_outside_the_decade_still_conflicts() -> None:
    report = compare_texts(
        "The company was founded in 1998 in Seattle.",
        "The Seattle company was founded in the 1980s.",
    )
    assert conflict_texts(report) == [({"1998"}, {"1980s"})]
