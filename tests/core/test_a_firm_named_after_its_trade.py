"""A headline's "Carmaker Voss" is the firm the other article calls "Voss Motors": the trade noun
before the name is no part of it, so the name is not marked as one only the first article gives.
A firm the other article never names ("Carmaker Voss" beside only "the automaker") keeps its
mark. So does "ex-" before a town ("Ex-Riverton mayor"): the town is named without it, as "a
former mayor of Riverton" names it."""

from __future__ import annotations

import pytest

from tests.factories import compare_stories, yellow

_LEFT = (
    "{trade} Voss to cut 3,000 jobs in Michigan\n\n"
    "Voss Motors will eliminate about 3,000 jobs at its plants in Michigan by the end of the "
    "year, it said on Tuesday."
)
_RIGHT = (
    "Layoffs at Michigan plants\n\n"
    "Some 3,000 {firm} workers in Michigan will lose their jobs before the end of the year, the "
    "company announced on Tuesday."
)


@pytest.mark.parametrize("trade", ["Carmaker", "Automaker", "Retailer"])
def test_a_firm_after_its_trade_is_the_firm_the_other_names(trade: str) -> None:
    report = compare_stories(_LEFT.format(trade=trade), _RIGHT.format(firm="Voss Motors"))
    assert not [m for m in yellow(report) if "Voss" in m], yellow(report)


def test_a_firm_the_other_never_names_keeps_its_mark() -> None:
    report = compare_stories(_LEFT.format(trade="Carmaker"), _RIGHT.format(firm="automaker's"))
    assert "Carmaker Voss" in yellow(report), yellow(report)


_EX_LEFT = (
    "Ex-Riverton mayor gets 6 years for charity theft\n\n"
    "Thomas Reilly, the former mayor, will spend six years behind bars, a judge ruled on "
    "Wednesday."
)
_EX_RIGHT = (
    "Former mayor jailed\n\n"
    "A former mayor of {} was sentenced on Wednesday to six years in prison, a judge ruled."
)


def test_an_ex_mayor_of_a_town_names_the_town_without_the_prefix() -> None:
    report = compare_stories(_EX_LEFT, _EX_RIGHT.format("Riverton"))
    assert not [m for m in yellow(report) if "Riverton" in m], yellow(report)


def test_an_ex_mayor_of_a_town_the_other_never_names_keeps_the_mark() -> None:
    report = compare_stories(_EX_LEFT, _EX_RIGHT.format("Lakeville"))
    assert [m for m in yellow(report) if "Riverton" in m], yellow(report)
