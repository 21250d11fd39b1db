"""A range told half in words and half in digits, as news style writes small numbers out
("between six and 15 shots", "five to 10 shots"), is the whole range: it agrees with a figure
inside it and still conflicts with one outside it. "From five to 10" stays a change."""

from __future__ import annotations

from desktop.core.figures.numbers.values import parse_number
from tests.factories import agreed_texts, compare_stories, conflict_texts


def _shots(count: str) -> str:
    return f"Gunfire outside bar\n\n{count} shots were fired outside the bar, a witness said."


def test_between_six_and_15_shots_agrees_with_a_dozen_shots() -> None:
    report = compare_stories(_shots("Between six and 15"), _shots("A dozen"))
    assert not conflict_texts(report)
    assert any(left == {"Between six and 15"} for left, _ in agreed_texts(report))


def test_five_to_10_shots_agrees_with_eight_shots() -> None:
    report = compare_stories(_shots("Some five to 10"), _shots("Eight"))
    assert not conflict_texts(report)


def test_five_to_10_shots_still_conflicts_with_20_shots() -> None:
    report = compare_stories(_shots("Some five to 10"), _shots("About 20"))
    assert conflict_texts(report)


def test_a_worded_start_takes_the_scale_of_its_end_and_from_five_to_10_is_no_range() -> None:
    millions = parse_number("five to 10 million")
    assert millions is not None and (millions.low, millions.high) == (5_000_000, 10_000_000)
    change = parse_number("from five to 10")
    assert change is not None and change.bound != "range"
    downward = parse_number("twelve to 10")
    assert downward is not None and downward.bound != "range"
