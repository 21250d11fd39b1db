"""Initials a writer defines in brackets after a full name stand for that name, even when they are
not its plain initials: "the Fundamentalist Church of Jesus Christ of Latter-day Saints (FLDS)"."""

from __future__ import annotations

from tests.factories import compare_stories, yellow

_LEFT = (
    "Sect leader sentenced\n\n"
    "Warren Jeffs, the head of the Fundamentalist Church of Jesus Christ of Latter-day Saints, was "
    "sentenced to life in prison on Tuesday.\n"
    "His breakaway sect is believed to have about 10,000 followers.\n"
)
_RIGHT = (
    "Jeffs gets life in prison\n\n"
    "Warren Jeffs, leader of the Fundamentalist Church of Jesus Christ of Latter-day Saints (FLDS), "
    "was sentenced to life on Tuesday.\n"
    "An estimated 10,000 FLDS followers live in the area.\n"
)


def test_initials_of_a_church_both_articles_name_carry_no_yellow_mark() -> None:
    assert "FLDS" not in yellow(compare_stories(_LEFT, _RIGHT))


def test_the_initials_stay_yellow_when_the_other_article_never_names_the_church() -> None:
    left = _LEFT.replace(
        "the head of the Fundamentalist Church of Jesus Christ of Latter-day Saints",
        "a polygamist leader",
    )
    assert "FLDS" in yellow(compare_stories(left, _RIGHT))
