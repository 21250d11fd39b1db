""" "A magnitude 6.1 earthquake" / "The 5.9-magnitude quake": the parser hangs 6.1 on the
earthquake it precedes, yet both figures read the one scale, and they clash; "6.1 on the
Richter scale" reads it too. An earlier quake's magnitude stays apart."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

LEFT = "Quake\n\nA magnitude 6.1 earthquake shook Japan on Friday, the agency said.\n"


def test_a_magnitude_six_one_quake_is_not_a_five_nine_magnitude_quake() -> None:
    report = compare_stories(
        LEFT, "Quake\n\nThe 5.9-magnitude quake hit Japan on Friday, the agency said.\n"
    )
    assert ({"6.1"}, {"5.9"}) in conflict_texts(report)


def test_the_richter_scale_reads_the_magnitude_too() -> None:
    report = compare_stories(
        LEFT,
        "Quake\n\nAn earthquake measuring 5.9 on the Richter scale hit Japan on Friday, the "
        "agency said.\n",
    )
    assert [c for c in conflict_texts(report) if "6.1" in c[0]]


def test_the_same_magnitude_in_other_words_is_no_conflict() -> None:
    report = compare_stories(
        LEFT, "Quake\n\nThe 6.1-magnitude quake hit Japan on Friday, the agency said.\n"
    )
    assert conflict_texts(report) == []


def test_the_aftershocks_readings_are_not_the_quakes() -> None:
    report = compare_stories(
        LEFT,
        "Quake\n\nA quake hit Japan on Friday, the agency said. It was followed by aftershocks "
        "varying from 2.8 to 3.8 degrees on the Richter scale.\n",
    )
    assert conflict_texts(report) == []
