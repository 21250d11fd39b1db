"""An occupation capitalised at the head of a sentence ("Striker Leo Marsh will be out ...") that
the tagger reads into the name is the person's description, not their first name: the person is
Leo Marsh, the one the other article names, so the age one article gives him meets the age the
other gives "the 26-year-old striker" it says Leo Marsh is."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts, yellow

LEFT = (
    "Striker Leo Marsh will be out for six to eight weeks with a hamstring injury, his club said "
    "on Tuesday. Marsh, 24, was hurt in Saturday's match. He will have a scan this week."
)
RIGHT = (
    "Leo Marsh faces up to two months on the sidelines after tearing his hamstring on Saturday. "
    "The {age}-year-old striker is expected to miss six to eight weeks, the club said Tuesday. "
    "He is due to have a scan this week."
)


def test_striker_leo_marsh_is_the_leo_marsh_of_the_other_article() -> None:
    report = compare_stories(LEFT, RIGHT.format(age=24))
    names = {name for card in report.people for name in card.left.names + card.right.names}
    assert "Striker Leo Marsh" not in names, names
    assert any(card.left.names and card.right.names for card in report.people), report.people


def test_marsh_24_conflicts_with_the_26_year_old_striker_leo_marsh() -> None:
    report = compare_stories(LEFT, RIGHT.format(age=26))
    assert ({"24"}, {"26"}) in conflict_texts(report), conflict_texts(report)


def test_marsh_24_agrees_with_the_24_year_old_striker() -> None:
    report = compare_stories(LEFT, RIGHT.format(age=24))
    assert conflict_texts(report) == [], conflict_texts(report)
    assert "24" not in yellow(report), yellow(report)
