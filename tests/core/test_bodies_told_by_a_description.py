"""One article names "the National Weather Service", the other writes "the weather service": a
definite description made of the name's last words, down to the kind of body, picks out the same
body, so the name is not marked as told by one side only. "The fire service" is another body
(hand-written texts)."""

from __future__ import annotations

import pytest

from desktop.core.model import Report
from tests.factories import compare_stories
from tests.factories import marks_of as marks


def _report(described: str) -> Report:
    return compare_stories(
        "Storm warning\n\nThe National Weather Service issued a flood warning for the county.\n",
        f"Floods feared\n\n{described} issued a flood warning for the county.\n",
    )


def test_the_weather_service_tells_the_national_weather_service() -> None:
    assert not marks(_report("The weather service"), "National Weather Service")


@pytest.mark.parametrize("described", ["The fire service", "The service"])
def test_another_service_or_the_kind_alone_does_not_tell_it(described: str) -> None:
    assert marks(_report(described), "National Weather Service")
