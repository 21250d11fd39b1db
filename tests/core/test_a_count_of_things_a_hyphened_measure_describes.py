"""A count before a hyphened measure counts the things: "46 9-mm bullets" are 46 bullets, not a
range from 9 mm to 46 mm. Set beside "36 bullets" it is a conflict; beside "46 bullets" nothing
clashes (hand-written texts)."""

from __future__ import annotations

from desktop.core.figures.numbers.values import parse_number
from tests.factories import compare_stories, conflict_texts

_SENTENCE = (
    "Police recovered a handgun along with {} bullets, two magazines and a backpack from the car "
    "on Friday."
)
LEFT = "Gunman arrested in Oakdale.\n\n" + _SENTENCE.format("46 9-mm")


def _right(count: str) -> str:
    return "Gunman held in Oakdale.\n\n" + _SENTENCE.format(count)


def test_46_9_mm_bullets_against_36_bullets_is_a_conflict_of_counts() -> None:
    found = conflict_texts(compare_stories(LEFT, _right("36")))
    assert ({"46"}, {"36"}) in found


def test_46_9_mm_bullets_against_46_bullets_clash_on_nothing() -> None:
    assert not conflict_texts(compare_stories(LEFT, _right("46")))


def test_the_hyphen_of_a_unit_compound_is_no_range_dash() -> None:
    for words, count in (("46 9-mm", 46), ("20 5-foot", 20), ("13 .38-caliber", 13)):
        value = parse_number(words)
        assert value is not None and (value.low, value.high, value.dimension) == (count, count, "")


def test_a_range_between_two_figures_stays_a_range() -> None:
    value = parse_number("12-15")
    assert value is not None and (value.low, value.high, value.bound) == (12, 15, "range")
