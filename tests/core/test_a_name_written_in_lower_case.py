"""A name of several words the other article writes in lower case, word for word, is told
there: "a unit called Data Center Server Solutions" / "its data-center server solutions
business". Part of the name alone ("server solutions") tells nothing."""

from __future__ import annotations

from tests.factories import compare_stories, yellow

_RIGHT = (
    "AMD buys SeaMicro\n\nFeldman will become general manager of a newly formed AMD business "
    "unit called Data Center Server Solutions.\n"
)


def test_a_unit_named_in_lower_case_is_told() -> None:
    report = compare_stories(
        "AMD buys SeaMicro\n\nFeldman will become general manager of AMD's newly created "
        "data-center server solutions business.\n",
        _RIGHT,
    )
    assert "Data Center Server Solutions" not in yellow(report), yellow(report)


def test_part_of_the_name_in_lower_case_tells_nothing() -> None:
    report = compare_stories(
        "AMD buys SeaMicro\n\nFeldman will become general manager of AMD's newly created "
        "server solutions business.\n",
        _RIGHT,
    )
    assert "Data Center Server Solutions" in yellow(report), yellow(report)
