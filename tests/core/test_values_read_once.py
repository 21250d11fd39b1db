"""Dates, figures, clocks and initials answer the same however they are read: once and kept, or
anew."""

from __future__ import annotations

from itertools import product

from desktop.core.datetimes.dates import DateValue


def test_a_date_is_empty_exactly_when_it_has_nothing_to_show() -> None:
    # A day alone ("the 22nd") shows nothing; a weekday alone ("Friday", weekday 0 too) does.
    for year, month, day, weekday in product(
        (None, 0, 2023), (None, 0, 9), (None, 0, 22), (None, 0, 4)
    ):
        value = DateValue(year, month, day, weekday)
        assert value.is_empty == (value.display() == ""), value
    assert DateValue(day=22).is_empty
    assert not DateValue(weekday=0).is_empty


def test_a_figure_read_twice_is_the_same_value() -> None:
    # Figures are read once per wording and kept: the second reading is the first one's value.
    from desktop.core.figures.numbers.values import parse_number

    first = parse_number("at least 12")
    assert first is not None and first.bound == "lower" and first.low == 12
    assert parse_number("at least 12") == first


def test_a_clock_read_twice_is_the_same_time() -> None:
    from desktop.core.datetimes.clock import parse_time

    assert parse_time("at around 9 a.m.") == "09:00"
    assert parse_time("at around 9 a.m.") == "09:00"
    assert parse_time("06:00 BST") == "06:00"


def test_a_names_initials_read_twice_are_the_same() -> None:
    from desktop.core.naming.names import acronym

    assert acronym("United States Geological Survey") == "usgs"
    assert acronym("United States Geological Survey") == "usgs"
    assert acronym("Kremlin") == ""
