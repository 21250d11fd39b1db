"""A hedge on a clock time reaches as far as the clock's precision: "around 1 a.m." rounds to
the hour, half an hour either way, but "about 4:30 p.m." is told to the half hour and reaches a
quarter of an hour. "About 4:30 p.m." and "around 5:30 p.m." are then two times an hour apart, a
conflict, not one time rounded. Twins: "around 1 a.m." / "shortly after midnight" and "around
10:30 p.m." / "11 p.m." stay one time told differently."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

LEAD = "A 16-year-old boy was shot near Eastwood High School on Friday, police said. "


def _conflicts(left_time: str, right_time: str) -> list[tuple[set[str], set[str]]]:
    report = compare_stories(
        LEAD + f"The shots were fired {left_time} as students left a game.",
        LEAD + f"The shots were fired {right_time} as students left a game.",
    )
    return conflict_texts(report)


def test_about_half_past_four_and_around_half_past_five_are_two_times() -> None:
    found = _conflicts("at about 4:30 p.m.", "around 5:30 p.m.")
    assert ({"about 4:30 p.m."}, {"around 5:30 p.m."}) in found, found


def test_around_one_and_shortly_after_midnight_are_one_time() -> None:
    assert _conflicts("around 1 a.m.", "shortly after midnight") == []


def test_around_half_past_ten_and_eleven_are_one_time() -> None:
    assert _conflicts("around 10:30 p.m.", "at 11 p.m.") == []


def test_about_nine_and_around_ten_are_one_time_rounded() -> None:
    assert _conflicts("at about 9 p.m.", "around 10 p.m.") == []
