"""A death told with "aged" and the age after it ("has died aged 86", "died aged eighty-four")
gives the dead person's age, even where the parser hangs the figure on "died" and not on "aged",
and even where the tagger reads a figure in words as a date. So it meets the other article's age
of the same person: the same age agrees, another age conflicts."""

from __future__ import annotations

from tests.factories import agreed_texts, compare_stories, conflict_texts, yellow

LEFT = (
    "Actor Leonard Hale died on Tuesday at his home in Santa Monica, California. He was 84. "
    "His publicist said the cause was heart failure."
)


def _right(age: str) -> str:
    return (
        f"Leonard Hale, the veteran actor, has died aged {age}. Hale died at his Santa Monica "
        "home on Tuesday, his publicist said. The cause was heart failure."
    )


def test_died_aged_86_conflicts_with_he_was_84() -> None:
    report = compare_stories(LEFT, _right("86"))
    assert ({"84"}, {"86"}) in conflict_texts(report), conflict_texts(report)


def test_died_aged_84_agrees_with_he_was_84() -> None:
    report = compare_stories(LEFT, _right("84"))
    assert conflict_texts(report) == [], conflict_texts(report)
    assert "84" not in yellow(report), yellow(report)


def test_died_aged_eighty_four_in_words_agrees_with_84() -> None:
    report = compare_stories(LEFT, _right("eighty-four"))
    assert ({"84"}, {"eighty-four"}) in agreed_texts(report), agreed_texts(report)


def test_died_aged_eighty_six_in_words_conflicts_with_84() -> None:
    report = compare_stories(LEFT, _right("eighty-six"))
    assert ({"84"}, {"eighty-six"}) in conflict_texts(report), conflict_texts(report)
