"""The general reasons two figures of one kind are about two things
(findings/bookkeeping/claims_apart.py), each against a twin where the reason is absent or shared:
another time, a rate, a part of a group, two holders, a change against a state. Hand-written
sentences."""

from __future__ import annotations

from desktop.core.extraction.extract import analyse, nlp_view
from desktop.core.extraction.pipeline import load_pipeline
from desktop.core.findings.bookkeeping.claims_apart import (
    Told,
    another_happening,
    another_period,
    change_against_state,
    different_holders,
    part_and_whole,
    told,
)
from desktop.core.model import Document


def _told(sentence: str, figure: str) -> Told:
    nlp = load_pipeline().nlp
    (analysis,) = analyse([Document(source="a.txt", text=sentence)], [nlp(nlp_view(sentence))])
    fact = next(f for f in analysis.facts if f.number is not None and figure in f.text)
    return told(analysis, fact)


def test_a_toll_of_an_earlier_year_is_another_happening() -> None:
    now = _told("The storm killed 12 people in the coastal towns, officials said.", "12")
    then = _told("It was the worst storm since 2004, when 40 people died in the towns.", "40")
    assert another_happening(now, then)


def test_two_tolls_of_this_storm_are_one_happening() -> None:
    now = _told("The storm killed 12 people in the coastal towns, officials said.", "12")
    other = _told("Officials said 40 people died when the storm hit the towns.", "40")
    assert not another_happening(now, other)


def test_a_rate_is_no_total() -> None:
    rate = _told("The plant makes 500 tonnes of steel a day.", "500")
    total = _told("The plant made 9,000 tonnes of steel before it closed.", "9,000")
    assert another_period(rate, total)


def test_two_rates_of_one_period_are_one_kind() -> None:
    rate = _told("The plant makes 500 tonnes of steel a day.", "500")
    other = _told("The plant turns out 600 tonnes of steel a day.", "600")
    assert not another_period(rate, other)


def test_some_of_the_passengers_are_not_all_of_them() -> None:
    part = _told("Twelve of the passengers were rescued when the ferry sank.", "Twelve")
    whole = _told("The ferry carried 80 passengers when it sank.", "80")
    assert part_and_whole(part, whole)


def test_two_counts_of_the_rescued_are_one_kind() -> None:
    one = _told("Rescuers saved 12 passengers when the ferry sank.", "12")
    other = _told("Crews rescued 14 passengers from the ferry.", "14")
    assert not part_and_whole(one, other)


def test_two_players_points_have_two_holders() -> None:
    smith = _told("Guard John Smith's 20 points led the Hawks on Sunday.", "20")
    jones = _told("Guard Mark Jones's 14 points led the Hawks on Sunday.", "14")
    assert different_holders(smith, jones, {})


def test_one_players_points_told_twice_have_one_holder() -> None:
    smith = _told("Guard John Smith's 20 points led the Hawks on Sunday.", "20")
    again = _told("The Hawks won on Sunday behind John Smith's 14 points.", "14")
    assert not different_holders(smith, again, {})


def test_a_rise_is_no_level() -> None:
    rise = _told("Sales rose 5 percent in the quarter, the company said.", "5")
    level = _told("The company said its share of the market is 7 percent.", "7")
    assert change_against_state(rise, level)


def test_two_rises_are_one_kind() -> None:
    rise = _told("Sales rose 5 percent in the quarter, the company said.", "5")
    other = _told("The company said sales climbed 7 percent in the quarter.", "7")
    assert not change_against_state(rise, other)
