"""Two related sentences that name one work by its title and by the same kind of work, each
with one year, give that work's year: two years are a conflict that says both may be true
(a film may open one year and be broadcast the next). A book and the film made of it share a
title but are two works."""

from __future__ import annotations

from desktop.core.model import FindingKind
from tests.factories import compare_stories, conflict_texts

_LEFT = (
    'A film called "The Silent Harbour Keeper" was released in 2011, which told the sailor\'s '
    "story from his childhood to his death.\n"
)


def test_the_same_titled_film_a_year_later_is_a_conflict_both_may_be_true() -> None:
    right = (
        "Marlowe was also remembered in the 2012 cable movie, The Silent Harbour Keeper, "
        "starring Anna Vell.\n"
    )
    report = compare_stories(_LEFT, right)
    assert conflict_texts(report) == [({"2011"}, {"2012"})]
    (found,) = [f for f in report.findings if f.kind is FindingKind.CONFLICT]
    assert "Both may be true" in found.reason


def test_the_same_titled_film_in_the_same_year_agrees() -> None:
    right = (
        "Marlowe was also remembered in the 2011 cable movie, The Silent Harbour Keeper, "
        "starring Anna Vell.\n"
    )
    assert conflict_texts(compare_stories(_LEFT, right)) == []


def test_the_book_of_the_same_title_is_another_work() -> None:
    right = (
        "Marlowe was also remembered in the 2009 book, The Silent Harbour Keeper, written by "
        "Anna Vell.\n"
    )
    assert conflict_texts(compare_stories(_LEFT, right)) == []


def test_one_actress_named_in_both_names_no_one_film() -> None:
    left = _LEFT.replace("The Silent Harbour Keeper", "Anna Vell")
    right = "Marlowe was also remembered in the 2012 cable movie starring Anna Vell.\n"
    assert conflict_texts(compare_stories(left, right)) == []
