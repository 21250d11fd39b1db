"""A change in a rate told in percentage points and in basis points ("by half a percentage
point" / "50 basis points", "three-quarters of a percentage point" / "75 basis points") is one
change: the two agree instead of leaving the bare "half" and "50" yellow, and a different change
("75 basis points" / "50 basis points") conflicts. "16 percentage points" still agrees with
"16 points"."""

from __future__ import annotations

from tests.factories import agreed_texts, compare_stories, conflict_texts, yellow


def _rate(change: str) -> str:
    return (
        "Central bank raises rates\n\n"
        f"The central bank raised its key rate by {change} to 5.25 percent on Wednesday."
    )


def test_three_quarters_of_a_percentage_point_agrees_with_75_basis_points() -> None:
    report = compare_stories(
        _rate("three-quarters of a percentage point"), _rate("75 basis points")
    )
    assert not yellow(report)
    assert ({"three-quarters of a percentage point"}, {"75 basis points"}) in agreed_texts(report)


def test_half_a_percentage_point_agrees_with_50_basis_points() -> None:
    report = compare_stories(_rate("half a percentage point"), _rate("50 basis points"))
    assert ({"half a percentage point"}, {"50 basis points"}) in agreed_texts(report)


def test_three_quarters_of_a_percentage_point_conflicts_with_50_basis_points() -> None:
    report = compare_stories(
        _rate("three-quarters of a percentage point"), _rate("50 basis points")
    )
    assert ({"three-quarters of a percentage point"}, {"50 basis points"}) in conflict_texts(report)


def test_a_margin_of_16_percentage_points_agrees_with_one_of_16_points() -> None:
    report = compare_stories(
        "Diaz re-elected\n\nDiaz beat her Republican rival by 16 percentage points on Tuesday.",
        "Diaz re-elected\n\nDiaz defeated her Republican opponent by 16 points on Tuesday.",
    )
    assert not yellow(report)


def test_a_quarter_point_rise_agrees_with_a_rise_of_25_basis_points() -> None:
    report = compare_stories(_rate("a quarter point"), _rate("25 basis points"))
    assert not yellow(report)


def test_a_quarter_point_rise_conflicts_with_a_rise_of_50_basis_points() -> None:
    report = compare_stories(_rate("a quarter point"), _rate("50 basis points"))
    assert conflict_texts(report)
