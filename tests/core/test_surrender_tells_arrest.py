"""A suspect who "gave himself up", "turned himself in" or "handed himself over" was taken into
custody: the article that says so reports the arrest the other tells as "was arrested", and
"arrested" is not marked as a happening only one article speaks of. An article that tells no
surrender at all still leaves the arrest one-sided."""

from __future__ import annotations

import pytest

from tests.factories import compare_texts, yellow

_STORY = (
    "Gunman held after siege\n\nA gunman who shot two officers at a petrol station in Leeds on "
    "Friday {}, police said. Both officers are in a stable condition in hospital."
)


def _marks(other: str) -> list[str]:
    report = compare_texts(
        _STORY.format("was arrested on Saturday"), _STORY.format(other), "2024-05-13"
    )
    return yellow(report)


@pytest.mark.parametrize(
    "other",
    [
        "gave himself up to police on Saturday",
        "turned himself in to police on Saturday",
        "handed himself in at a police station on Saturday",
        "handed himself over to detectives on Saturday",
    ],
)
def test_giving_oneself_up_reports_the_arrest(other: str) -> None:
    assert "arrested" not in _marks(other), _marks(other)


def test_an_article_that_tells_no_surrender_lacks_the_arrest() -> None:
    assert "arrested" in _marks("fled on foot on Saturday")
