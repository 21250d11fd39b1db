"""A robber who "admitted the robberies" in court pleaded guilty: the article that says so reports
the plea the other tells as "pleaded guilty", and "pleaded" is not marked as a happening only
one article speaks of. One that says he "denied the robberies", or that a teller was "admitted
to hospital", tells no plea, and the mark stays."""

from __future__ import annotations

import pytest

from tests.factories import compare_texts, yellow

_STORY = (
    "Bank robber sentenced\n\nMark Smith {} in January, and a federal judge sentenced him to "
    "15 years in prison on Tuesday, prosecutors said."
)


def _marks(other: str) -> list[str]:
    left = _STORY.format("pleaded guilty to four bank robberies")
    return yellow(compare_texts(left, _STORY.format(other), "2024-05-07"))


@pytest.mark.parametrize(
    "other", ["admitted four bank robberies", "admitted to four bank robberies"]
)
def test_admitting_the_robberies_reports_the_plea(other: str) -> None:
    assert "pleaded" not in _marks(other), _marks(other)


@pytest.mark.parametrize(
    "other",
    ["denied four bank robberies", "robbed four banks, and a teller was admitted to hospital"],
)
def test_an_article_that_tells_no_admission_lacks_the_plea(other: str) -> None:
    assert "pleaded" in _marks(other), _marks(other)


def test_settling_without_admitting_fault_tells_no_charge() -> None:
    left = (
        "Portland settles police lawsuit\n\nThe city of Portland will pay $2 million to the "
        "family of David Mills, lawyers said on Friday. None of the officers was charged."
    )
    right = (
        "Portland to pay $2M\n\nThe city of Portland will pay $2 million to the family of David "
        "Mills without admitting fault, lawyers said on Friday."
    )
    marks = yellow(compare_texts(left, right, "2024-05-07"))
    assert "charged" in marks, marks
