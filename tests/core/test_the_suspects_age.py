"""The one suspect each article ages is one person, named or not: "A 60-year-old woman charged
with killing two young women" / "61-year-old Sharron Smith was arrested ... and charged" give two
ages for her. A victim's age, or one of two suspects' ages, is set against nothing (hand-written
texts)."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts, conflicts

LEFT = (
    "Woman charged in 1971 ice cream shop killings freed.\n"
    "A 60-year-old woman charged with killing two young women in a Staunton ice cream shop 41 "
    "years ago was released without bail, authorities said Friday. She is dying from kidney "
    "disease and lives in a hospice."
)


def test_the_charged_womans_age_against_the_arrested_womans_is_a_conflict() -> None:
    right = (
        "Arrest made in 1971 ice cream shop killings.\n"
        "The Staunton Police Department announced Friday they have made an arrest in the 1971 "
        "killings at an ice cream shop. Police Chief Jim Williams said 61-year-old Sharron Smith "
        "was arrested Friday morning and charged with two counts of murder."
    )
    report = compare_stories(LEFT, right)
    assert conflict_texts(report) == [({"60-year-old"}, {"61-year-old"})]
    assert "suspect" in conflicts(report)[0].reason


def test_a_victims_age_is_not_the_suspects() -> None:
    right = (
        "Arrest made in 1971 ice cream shop killings.\n"
        "The Staunton Police Department announced Friday they have made an arrest in the 1971 "
        "killings at an ice cream shop. Police said 61-year-old Sharron Smith was killed in the "
        "shop in 1971."
    )
    assert not conflict_texts(compare_stories(LEFT, right))


def test_an_article_ageing_two_suspects_sets_neither_against_one() -> None:
    right = (
        "Arrests made in 1971 ice cream shop killings.\n"
        "The Staunton Police Department announced Friday they have made arrests in the 1971 "
        "killings at an ice cream shop. Sharron Smith, 61, and Mary Jones, 58, were arrested "
        "Friday morning and charged with two counts of murder."
    )
    assert not conflict_texts(compare_stories(LEFT, right))
