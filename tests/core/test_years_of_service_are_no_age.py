"""Years that measure a noun said of a person ("Officer Dale Brown was a 12-year veteran of the
force") are his years of service, not his age: they never clash with the other article's
"45-year-old Dale Brown". An age said of him ("was a 44-year-old father", "was 44 years old")
still does (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

RIGHT = "The chief said on Monday that the officer killed was 45-year-old Dale Brown."


def _conflicts(sentence: str) -> list[tuple[set[str], set[str]]]:
    left = f"Officer Dale Brown {sentence}, the chief said on Monday."
    return conflict_texts(compare_stories(left, RIGHT))


def test_a_twelve_year_veteran_is_no_twelve_year_old() -> None:
    assert _conflicts("was a 12-year veteran of the police department") == []


def test_a_44_year_old_father_still_clashes_with_45_year_old() -> None:
    assert ({"44"}, {"45-year-old"}) in _conflicts("was a 44-year-old father of two")


def test_44_years_old_still_clashes_with_45_year_old() -> None:
    assert any("44" in " ".join(lefts) for lefts, _ in _conflicts("was 44 years old"))
