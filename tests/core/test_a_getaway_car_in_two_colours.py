"""One vehicle in two colours, in two matching sentences: a suspect who "fled in a silver Honda
Accord" in one article and "drove away in a black Honda Accord" in the other is described with
two cars, a conflict a reader hunting the car must see. Twins: colours a witness gives for one
paint ("silver" / "gray", "dark" / "black") agree, a sentence that colours two vehicles sets
none against the other's, and a black hoodie is no vehicle."""

from __future__ import annotations

from desktop.core.model import Report
from tests.factories import compare_stories, conflict_texts

LEAD = "A 31-year-old man was shot outside a store on Elm Street on Friday night, police said. "


def _report(left: str, right: str) -> Report:
    return compare_stories(LEAD + left, LEAD + right)


def test_a_silver_accord_is_not_a_black_accord() -> None:
    report = _report(
        "The gunman fled in a silver Honda Accord, police said.",
        "The gunman drove away in a black Honda Accord, police said.",
    )
    assert ({"silver"}, {"black"}) in conflict_texts(report), report.findings


def test_silver_and_gray_are_one_paint() -> None:
    report = _report(
        "The gunman fled in a silver Honda Accord, police said.",
        "The gunman drove away in a gray Honda Accord, police said.",
    )
    assert conflict_texts(report) == [], conflict_texts(report)


def test_a_dark_suv_may_be_the_black_suv() -> None:
    report = _report(
        "Three men got out of a dark SUV and opened fire.",
        "Three men stepped out of a black SUV and started shooting.",
    )
    assert conflict_texts(report) == [], conflict_texts(report)


def test_a_sentence_colouring_two_vehicles_sets_none_against_the_other() -> None:
    report = _report(
        "The gunmen fled in a white car and a black SUV.", "The gunmen fled in a black SUV."
    )
    assert conflict_texts(report) == [], conflict_texts(report)


def test_a_hoodie_is_no_vehicle() -> None:
    report = _report(
        "The gunman wore a black hoodie and a car was seen leaving.",
        "The gunman wore a red hoodie and a car was seen leaving.",
    )
    assert not [c for c in conflict_texts(report) if c == ({"black"}, {"red"})]
