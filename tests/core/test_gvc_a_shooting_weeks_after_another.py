"""A story that sets its shooting days or weeks after another one ("The shooting comes two weeks
after four people were wounded at a party") tells that other shooting's count and ages, never the
story's own: against the other article's count of the wounded, or its day of the death, it is no
conflict. The same clause before a later step of the story ("Two days after three people were
wounded, police arrested a suspect") still counts the story's wounded.

All sentences here are written for the tests; none comes from a corpus.
"""

from __future__ import annotations

from tests.factories import killing_conflicts


def test_four_wounded_two_weeks_before_the_shooting_are_not_its_two_wounded() -> None:
    found = killing_conflicts(
        "The shooting comes two weeks after four people were wounded at a party nearby.",
        "Police said two people were wounded.",
    )
    assert not found, found


def test_a_killing_days_before_the_shooting_does_not_date_its_death() -> None:
    found = killing_conflicts(
        "The shooting occurred less than a week after a man was killed on Tuesday.",
        "The man died on Sunday.",
    )
    assert not found, found


def test_three_wounded_two_days_before_an_arrest_are_the_storys_wounded() -> None:
    found = killing_conflicts(
        "Two days after three people were wounded, police arrested a suspect.",
        "Police said two people were wounded.",
    )
    assert found == [({"three"}, {"two"})], found
