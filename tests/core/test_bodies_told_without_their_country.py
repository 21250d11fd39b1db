"""A national body the other article names without its country is told there: "the U.S. Fish
and Wildlife Service" and "the Fish and Wildlife Service" are one agency. A body whose remaining
name the other article never writes stays yellow.
"""

from __future__ import annotations

from tests.factories import compare_texts
from tests.factories import marks_of as marks

_REVIEW = (
    "Bush weakens species law\n\n"
    "Under the new rule, agencies no longer must submit plans that could harm species on the "
    "endangered list for review by scientists at the U.S. Fish and Wildlife Service, officials "
    "said. Environmental groups vowed to sue."
)


def _bypass(body: str) -> str:
    return (
        "Species rules changed\n\n"
        f"Under the new rule, agencies can bypass a review by the {body} when a project could "
        "harm endangered species, officials said. Environmental groups vowed to sue."
    )


def test_the_us_fish_and_wildlife_service_is_the_fish_and_wildlife_service() -> None:
    report = compare_texts(_REVIEW, _bypass("Fish and Wildlife Service"))
    assert not marks(report, "Fish and Wildlife Service")


def test_the_fish_and_wildlife_service_is_not_told_by_the_geological_survey() -> None:
    report = compare_texts(_REVIEW, _bypass("Geological Survey"))
    assert marks(report, "Fish and Wildlife Service")
