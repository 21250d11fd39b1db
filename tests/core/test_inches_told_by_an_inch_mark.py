"""A size in inches the other article writes with an inch mark ("the 14-inch model" / "the 14"
model") is told there: no yellow mark says the other side never gives it. A figure closing a
quotation ('"we lost 14" and') is no size, and another size tells nothing."""

from __future__ import annotations

from tests.factories import compare_stories, yellow

_LEFT = (
    "Maker shows new laptops\n\n"
    "The maker showed its laptops in Oslo on Monday. The 14-inch model will be sold from June, "
    "the company said."
)


def _right(size: str) -> str:
    return (
        "New laptops unveiled\n\n"
        "The maker unveiled thinner laptops in Oslo on Monday. Buyers of the "
        f"{size} model get a faster chip and a brighter screen than before."
    )


def test_a_14_inch_model_is_told_by_a_14_inch_mark() -> None:
    assert "14-inch" not in yellow(compare_stories(_LEFT, _right('14"')))


def test_a_14_inch_model_is_not_told_by_a_16_inch_mark() -> None:
    assert "14-inch" in yellow(compare_stories(_LEFT, _right('16"')))


def test_a_14_inch_model_is_not_told_by_fourteen_closing_a_quotation() -> None:
    right = (
        "New laptops unveiled\n\n"
        'The maker unveiled thinner laptops in Oslo on Monday. "We sold 14" units a second, a '
        "clerk joked."
    )
    assert "14-inch" in yellow(compare_stories(_LEFT, right))
