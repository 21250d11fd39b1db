"""England, Scotland, Wales and Northern Ireland lie in the United Kingdom: "Manchester,
England" / "Manchester, in the UK" tell one place at two precisions, never two countries.
England against France, or against Scotland, still conflicts."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts


def test_manchester_england_is_manchester_in_the_uk() -> None:
    report = compare_texts(
        "Fans gathered in Manchester, England.", "Fans gathered in Manchester, in the UK."
    )
    assert conflict_texts(report) == []


def test_a_festival_in_wales_is_a_festival_in_the_uk() -> None:
    report = compare_texts(
        "The festival took place in Wales.", "The festival took place in the UK."
    )
    assert conflict_texts(report) == []


def test_england_is_not_france() -> None:
    report = compare_texts(
        "Fans gathered in Manchester, England.", "Fans gathered in Manchester, in France."
    )
    assert conflict_texts(report) == [({"England"}, {"France"})]


def test_england_is_not_scotland() -> None:
    report = compare_texts(
        "Floods hit towns across England on Monday.",
        "Floods hit towns across Scotland on Monday.",
    )
    assert conflict_texts(report) == [({"England"}, {"Scotland"})]
