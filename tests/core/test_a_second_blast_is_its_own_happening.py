"""A happening counted second in a series ("A second blast an hour later injured 3
firefighters") is not the story's first one: its toll is its own, and a journalist must not see
it set against the other article's toll of the first blast."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

TWO_BLASTS = (
    "An explosion tore through the paint plant on Monday, injuring 20 workers, the fire service "
    "said.\n\nA second blast an hour later injured 3 firefighters.\n"
)
ONE_BLAST = (
    "An explosion tore through the paint plant on Monday, the fire service said.\n\n"
    "The blast injured {0} people.\n"
)


def test_the_second_blasts_injured_are_not_set_against_the_first_blasts() -> None:
    for report in (
        compare_stories(TWO_BLASTS, ONE_BLAST.format(25)),
        compare_stories(ONE_BLAST.format(25), TWO_BLASTS),
    ):
        assert not any({"3"} in pair for pair in conflict_texts(report))


def test_the_first_blasts_injured_told_otherwise_clash() -> None:
    report = compare_stories(TWO_BLASTS, ONE_BLAST.format(25))
    assert ({"20"}, {"25"}) in conflict_texts(report)


def test_the_first_blasts_injured_told_alike_do_not_clash() -> None:
    assert conflict_texts(compare_stories(TWO_BLASTS, ONE_BLAST.format(20))) == []
