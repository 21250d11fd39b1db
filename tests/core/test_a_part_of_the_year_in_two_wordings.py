"""A part of the year told in two wordings: "filming of the sequel is to begin later in the year"
and "before filming of the sequel can begin later this year" say one thing, in sentences telling the same thing. Neither is a date
the other article lacks, and the reader sees the two agree."""

from __future__ import annotations

from desktop.core.model import MentionType
from tests.factories import agreed_texts, compare_texts, yellow

LEFT = (
    "Studio confirms sequel\n\n"
    "The sequel is due in cinemas in November 2026, and filming of the sequel is to begin later "
    "in the year. "
    "The director thanked the fans for their patience."
)


def test_later_in_the_year_and_later_this_year_agree() -> None:
    right = (
        "Sequel gets green light\n\n"
        "Three more roles must be cast before filming of the sequel can begin later this year, "
        "the studio said. The director thanked the fans for their patience."
    )
    report = compare_texts(LEFT, right, "2025-03-01")
    assert ({"later in the year"}, {"later this year"}) in agreed_texts(report, MentionType.DATE)
    assert "later in the year" not in yellow(report)
    assert "later this year" not in yellow(report)


def test_earlier_this_year_is_another_part_of_the_year() -> None:
    right = (
        "Sequel gets green light\n\n"
        "Three more roles were cast before filming of the sequel began earlier this year, the "
        "studio said. The director thanked the fans for their patience."
    )
    report = compare_texts(LEFT, right, "2025-03-01")
    assert not any(
        "later in the year" in left for left, _ in agreed_texts(report, MentionType.DATE)
    )
    assert "later in the year" in yellow(report)


def test_the_same_week_of_two_steps_in_loosely_paired_sentences_stays_apart() -> None:
    left = (
        "New director for sequel\n\n"
        "Tipped as the favourite earlier in the week, Ana Kell has now been confirmed as "
        "the director of the sequel to Westgate, replacing Tom Berg. "
        "Kell directed the hit comedy Seaside Nights."
    )
    right = (
        "Kell to direct Westgate sequel\n\n"
        "Ana Kell, who directed the comedy Seaside Nights, will direct the Westgate sequel. "
        "The studio said earlier this week that it had dropped director Tom Berg after a row "
        "over the budget."
    )
    report = compare_texts(left, right, "2025-03-01")
    assert not any(
        "earlier in the week" in left_words
        for left_words, _ in agreed_texts(report, MentionType.DATE)
    )
