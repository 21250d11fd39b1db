"""A minister who "stepped down", "stood down" or "quit" left the post: the article that says so
reports the resignation the other tells as "resigned", and "resigned" is not marked as a
happening only one article speaks of. One that only says she "stepped down the stairs" or
"spoke" tells no resignation, and the mark stays."""

from __future__ import annotations

import pytest

from tests.factories import compare_texts, yellow

_STORY = (
    "Health minister out after contracts report\n\nBritain's health minister, Claire Hughes, {} "
    "on Friday after a report on hospital contracts worth 40 million pounds, officials said."
)


def _marks(other: str) -> list[str]:
    return yellow(compare_texts(_STORY.format("resigned"), _STORY.format(other), "2024-05-13"))


@pytest.mark.parametrize(
    "other",
    ["stepped down", "stood down", "quit", "stepped down as minister", "quit the cabinet"],
)
def test_stepping_down_reports_the_resignation(other: str) -> None:
    assert "resigned" not in _marks(other), _marks(other)


@pytest.mark.parametrize("other", ["stepped down the stairs of parliament", "spoke"])
def test_an_article_that_tells_no_leaving_lacks_the_resignation(other: str) -> None:
    assert "resigned" in _marks(other), _marks(other)
