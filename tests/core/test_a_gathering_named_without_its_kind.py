"""A show or meeting named by its name proper and its kind ("the Macworld Expo") is the one the
other article names without the kind ("at Macworld"). Another show stays one-sided."""

from __future__ import annotations

from tests.factories import compare_stories
from tests.factories import marks_of as marks

_RIGHT = (
    "Apple shows new laptop\n\n"
    "Apple Inc. unveiled a thinner laptop at the Macworld Expo trade show on Tuesday.\n\n"
    "The laptop goes on sale next month, the company said.\n\n"
    "Also announced at Macworld was a new version of its office software."
)


def _left(show: str) -> str:
    return (
        "Thinner laptop from Apple\n\n"
        f"Delivering the keynote address at {show}, Apple's marketing chief Phil Lowry showed "
        "a thinner laptop on Tuesday.\n\n"
        "The company also updated its office software."
    )


def test_the_macworld_expo_is_the_macworld_of_the_other_article() -> None:
    assert not marks(compare_stories(_left("Macworld"), _RIGHT), "Macworld Expo")


def test_the_macworld_expo_is_one_sided_beside_another_show() -> None:
    assert marks(compare_stories(_left("CES"), _RIGHT), "Macworld Expo")
