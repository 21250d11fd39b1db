"""A reader checks where Lindsay Lohan went: one article says "Betty Ford Center", the other "the
Betty Brennan Treatment Center", in sentences that tell the same thing. Two centers named
differently are two places in one role: a conflict. The same center named at more or less length
("Betty Ford Treatment Center") is no clash, nor a center the other article names elsewhere."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

LEFT = (
    "Lindsay Lohan checks into rehab at Betty Ford Center\n\nEarly Friday morning, the "
    "26-year-old actress checked into Betty Ford Center in Rancho Mirage, Calif.\n"
)


def right(center: str, aside: str = "") -> str:
    return (
        f"Lindsay Lohan checks out of {center}\n\nLohan has checked out of the {center} in Palm "
        f"Springs after completing a 30-day program.{aside}\n"
    )


def test_two_centers_named_differently_in_matching_sentences_conflict() -> None:
    found = conflict_texts(compare_stories(LEFT, right("Betty Brennan Treatment Center")))
    assert ({"Betty Ford Center"}, {"Betty Brennan Treatment Center"}) in found


def test_the_same_center_named_at_more_length_is_no_conflict() -> None:
    assert conflict_texts(compare_stories(LEFT, right("Betty Ford Treatment Center"))) == []


def test_a_center_the_other_article_names_elsewhere_is_no_conflict() -> None:
    aside = " She had spent a week at the Betty Ford Center last year."
    assert (
        conflict_texts(compare_stories(LEFT, right("Betty Brennan Treatment Center", aside))) == []
    )


def test_two_newspapers_that_report_the_story_are_no_clash() -> None:
    told = (
        "Angels make offer to Teixeira\n\nThe Angels made an eight-year offer to Mark Teixeira, "
        "the {paper} reported on Sunday.\n"
    )
    left, right = told.format(paper="Seattle Times"), told.format(paper="Boston Times")
    assert conflict_texts(compare_stories(left, right)) == []
