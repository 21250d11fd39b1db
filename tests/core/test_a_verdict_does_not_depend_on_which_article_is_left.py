"""A journalist who swaps the two panes must see the same verdicts, mirrored. One article gives
two sources' figures for one thing ("the agency put it at 5.9; the survey said 6.1"), the other
gives one of them: the clash with the second figure shows whichever article stands on the left."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

ONE_SOURCE = (
    "A strong earthquake struck the coast of Chile on Monday, killing 14 people and injuring "
    "90.\n\nThe national seismic agency said the quake had a magnitude of 6.4."
)
TWO_SOURCES = (
    "An earthquake hit the coast of Chile on Monday, killing 14 people and injuring 90. The "
    "Geological Survey said it had a magnitude of 6.7.\n\n"
    "The national seismic agency said the quake had a magnitude of 6.4."
)


def _mirrored(found: list[tuple[set[str], set[str]]]) -> list[tuple[set[str], set[str]]]:
    return [(right, left) for left, right in found]


def test_a_second_sources_magnitude_clashes_when_the_article_giving_both_stands_left() -> None:
    assert ({"6.7"}, {"6.4"}) in conflict_texts(compare_stories(TWO_SOURCES, ONE_SOURCE))


def test_swapping_the_panes_shows_the_same_magnitude_clash_mirrored() -> None:
    forward = conflict_texts(compare_stories(ONE_SOURCE, TWO_SOURCES))
    backward = conflict_texts(compare_stories(TWO_SOURCES, ONE_SOURCE))
    assert forward == _mirrored(backward)


def test_one_magnitude_both_articles_give_alone_agrees_whichever_stands_left() -> None:
    alone = TWO_SOURCES.replace(" The Geological Survey said it had a magnitude of 6.7.", "")
    assert not conflict_texts(compare_stories(alone, ONE_SOURCE))
    assert not conflict_texts(compare_stories(ONE_SOURCE, alone))
