"""A graphics card's number ("the VTX 2080") names the card; it is no year, so it is neither
agreed as a date nor marked yellow as a date only one article gives."""

from __future__ import annotations

from desktop.core.model import MentionType
from tests.factories import compare_texts


def _dates(left: str, right: str) -> list[str]:
    report = compare_texts(left, right)
    return [s.text for f in report.findings if f.type is MentionType.DATE for s in f.left + f.right]


def test_a_cards_number_after_its_code_is_no_date() -> None:
    dates = _dates(
        "Lumen Labs launched the VTX 2080 on Monday at a price of $699.",
        "Lumen Labs launched its new card on Monday, priced at $799.",
    )
    assert "2080" not in dates
    assert "Monday" in dates


def test_a_year_after_a_code_and_a_word_of_time_stays_a_date() -> None:
    dates = _dates(
        "The VTX line will end in 2035, Lumen Labs said.",
        "Lumen Labs said the VTX line will end in 2036.",
    )
    assert "2035" in dates and "2036" in dates
