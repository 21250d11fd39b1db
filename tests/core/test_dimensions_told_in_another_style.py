"""Two joined dimensions the other article writes in its own style ("a 1920x1200 display" /
"the display is 1920 pixels by 1200") are told there: no yellow mark says the other side never
gives them. The same two figures in another order measure something else."""

from __future__ import annotations

from tests.factories import compare_stories, yellow

_LEFT = (
    "Maker shows new tablet\n\n"
    "The maker showed its new tablet in Oslo on Monday. Its display is 1920 pixels by 1200, "
    "sharper than any rival's."
)


def _right(size: str) -> str:
    return (
        "New tablet unveiled\n\n"
        "The maker unveiled a thinner tablet in Oslo on Monday. Reviewers praised the "
        f"{size} resolution of its screen."
    )


def test_1920_pixels_by_1200_is_told_by_a_1920x1200_resolution() -> None:
    assert not [m for m in yellow(compare_stories(_LEFT, _right("1920x1200"))) if "1920" in m]


def test_1920_pixels_by_1200_is_not_told_by_1200x1920() -> None:
    assert [m for m in yellow(compare_stories(_LEFT, _right("1200x1920"))) if "1920" in m]
