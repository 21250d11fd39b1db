"""An exact age the other article gives at a coarser precision: "62-year-old Roland Scobee" / "a
neighbour in his early 60s". The two do not differ, so no yellow mark says the other article
never gives the age. Twins: an age outside that part of the decade ("45-year-old" / "in his early
60s"), or a decade that is no one's age ("built in the 60s"), leaves the mark."""

from __future__ import annotations

from tests.factories import compare_stories, yellow

LEAD_L = "A man shot three people at an apartment complex in Federal Way on Sunday night. "
LEAD_R = "Three people were shot at a Federal Way apartment complex on Sunday night. "


def _yellow(left: str, right: str) -> list[str]:
    return yellow(compare_stories(LEAD_L + left, LEAD_R + right))


def test_a_62_year_old_neighbour_is_told_as_a_neighbour_in_his_early_60s() -> None:
    marks = _yellow(
        "A 62-year-old neighbour walked out of his apartment.",
        "A neighbour in his early 60s walked outside his apartment.",
    )
    assert "62-year-old" not in marks, marks


def test_a_45_year_old_is_not_told_by_a_man_in_his_early_60s() -> None:
    marks = _yellow(
        "A 45-year-old neighbour walked out of his apartment.",
        "A neighbour in his early 60s walked outside his apartment.",
    )
    assert "45-year-old" in marks, marks


def test_a_62_year_old_is_not_told_by_a_complex_built_in_the_60s() -> None:
    marks = _yellow(
        "A 62-year-old neighbour walked out of his apartment.",
        "A neighbour walked out of his apartment in the complex, built in the 60s.",
    )
    assert "62-year-old" in marks, marks
