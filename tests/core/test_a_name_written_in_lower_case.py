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


_PHONE = "Telco launches a new phone\n\nThe phone goes on sale in Ohio on Friday for $199.\n\n"


def test_a_name_joined_by_a_capital_inside_is_told_by_its_words_apart() -> None:
    report = compare_stories(
        _PHONE + "It comes with free calls over the carrier's SkyLink Calling service.\n",
        _PHONE + "Buyers get free calls over the carrier's sky link calling service.\n",
    )
    assert "SkyLink Calling" not in yellow(report), yellow(report)


def test_a_name_joined_by_a_capital_inside_keeps_its_mark_when_a_word_is_missing() -> None:
    report = compare_stories(
        _PHONE + "It comes with free calls over the carrier's SkyLink Calling service.\n",
        _PHONE + "Buyers get free calls over the carrier's link calling service.\n",
    )
    assert "SkyLink Calling" in yellow(report), yellow(report)
