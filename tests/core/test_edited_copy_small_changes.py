"""An edited copy of an article: a weekday the language model did not tag, changed in the copy,
is still shown as a conflict (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_texts as compare
from tests.factories import conflict_texts as conflicts

ARTICLE = (
    "Gunman confronts warehouse crowd\n\n"
    "Police said they were called to a warehouse at 40 East Fifth Avenue, where a man carrying "
    "a rifle had confronted the staff. Nobody was hurt, and the man was arrested an hour later. "
    "A notice posted Monday afternoon on the company's website said the warehouse would stay "
    "closed for the week."
)


def test_a_weekday_the_model_missed_changed_in_the_copy_is_a_conflict() -> None:
    found = conflicts(compare(ARTICLE, ARTICLE.replace("posted Monday", "posted Wednesday")))
    assert any(
        any("Monday" in t for t in a) and any("Wednesday" in t for t in b) for a, b in found
    ), found


def test_the_unchanged_copy_shows_no_conflict() -> None:
    assert conflicts(compare(ARTICLE, ARTICLE)) == []


def test_a_page_stamp_dated_another_day_is_no_conflict() -> None:
    left = "Updated Friday evening\n\n" + ARTICLE
    right = "Updated Sunday evening\n\n" + ARTICLE
    assert conflicts(compare(left, right)) == []
