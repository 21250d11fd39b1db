""" "The fire broke out at 3 p.m." / "The blaze started around 5pm": two matching sentences that
each give one clock time time the same happening, however their verbs differ; the same hour in
other words agrees, and a sentence with two clock times tells two steps."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

FIRE = "Fire\n\nThe fire broke out at 3 p.m. on Monday at a factory in Ohio, officials said.\n"


def test_the_fire_at_three_is_not_the_blaze_around_five() -> None:
    report = compare_stories(
        FIRE, "Fire\n\nThe blaze started around 5pm on Monday at an Ohio factory, officials said.\n"
    )
    assert ({"3 p.m."}, {"around 5pm"}) in conflict_texts(report)


def test_the_same_hour_in_other_words_is_no_conflict() -> None:
    report = compare_stories(
        FIRE, "Fire\n\nThe blaze started around 3pm on Monday at an Ohio factory, officials said.\n"
    )
    assert conflict_texts(report) == []


def test_a_sentence_with_two_clock_times_tells_two_steps() -> None:
    report = compare_stories(
        FIRE,
        "Fire\n\nThe blaze started on Monday at an Ohio factory and firefighters arrived at "
        "5 p.m. and left at 9 p.m., officials said.\n",
    )
    assert conflict_texts(report) == []
