"""One article says "American Kelly Moore finished third", which the tagger reads as one name,
the other "Kelly Moore of the United States": the nationality before a person's name says her
country, so "United States" is not marked as a place only one article gives. A nationality of
another country ("Swedish Kelly Moore") keeps the mark."""

from __future__ import annotations

import pytest

from tests.factories import compare_stories, yellow

_LEFT = (
    "Park wins Lakeside Classic\n\n"
    "Min-ji Park won the Lakeside Classic on Sunday by three strokes. {} Kelly Moore finished "
    "third at 10 under."
)
_RIGHT = (
    "Park takes the title\n\n"
    "Min-ji Park won the Lakeside Classic on Sunday by three strokes, with Kelly Moore of the "
    "United States third."
)


def test_an_american_before_her_name_tells_the_united_states() -> None:
    marks = yellow(compare_stories(_LEFT.format("American"), _RIGHT))
    assert "United States" not in marks, marks


@pytest.mark.parametrize("nationality", ["Swedish"])
def test_another_nationality_keeps_the_mark(nationality: str) -> None:
    marks = yellow(compare_stories(_LEFT.format(nationality), _RIGHT))
    assert "United States" in marks, marks
