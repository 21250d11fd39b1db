"""The same small figure counting another kind of thing in the other article ("three heavyweight
title belts" / "three consecutive left hooks") does not tell it; the same figure of the same
thing does, and so does one of people counted by another noun of role."""

from __future__ import annotations

from tests.factories import compare_texts, yellow

LEFT = (
    "Klitschko stops Rahman\n\nWladimir Klitschko retained three heavyweight title belts by "
    "scoring a seventh-round technical knockout of Hasim Rahman on Saturday in Mannheim."
)
RIGHT = (
    "Klitschko beats Rahman\n\nWladimir Klitschko stopped Hasim Rahman in seven rounds on "
    "Saturday in Mannheim. Rahman fell from three consecutive left hooks in the sixth."
)


def test_three_title_belts_are_not_told_by_three_left_hooks() -> None:
    report = compare_texts(LEFT, RIGHT)
    assert "three" in yellow(report), yellow(report)


def test_three_title_belts_are_told_by_three_belts() -> None:
    report = compare_texts(
        LEFT, RIGHT.replace("fell from three consecutive left hooks", "lost three belts")
    )
    assert "three" not in yellow(report), yellow(report)


def test_three_students_are_told_by_three_victims_as_one_group_of_people() -> None:
    left = (
        "Gunman kills three\n\nA gunman shot dead three students at a school in Dayton on Monday, "
        "police said."
    )
    right = (
        "Three killed at Dayton school\n\nPolice named the three victims of Monday's shooting at "
        "a school in Dayton."
    )
    report = compare_texts(left, right)
    assert "three" not in yellow(report), yellow(report)


def test_a_magnitude_of_5_6_is_told_by_a_5_6_quake_a_measure_not_a_count() -> None:
    left = (
        "Quake shakes Iran\n\nAn earthquake with a magnitude of 5.6 on the Richter scale shook "
        "the southern island of Qeshm on Sunday, officials said."
    )
    right = (
        "Quake hits Qeshm\n\nEarlier on Sunday a 5.6 quake jolted the island of Qeshm, the "
        "officials said."
    )
    report = compare_texts(left, right)
    assert "5.6" not in yellow(report), yellow(report)
