"""A floor on a round figure is how a paper rounds a precise floor down: "killing at least 162
people" / "killing more than 160 people" tell one toll, not a revised one. A floor at or past
the next round figure ("at least 170") is a higher floor and stays a conflict, and so does a
floor far under it ("more than 100" for 162) (hand-written texts)."""

from __future__ import annotations

from tests.factories import agreed_texts, compare_stories, conflict_texts


def _landslide(toll: str, verb: str = "buried") -> str:
    return (
        f"A landslide {verb} a jade mine in northern Myanmar on Thursday, killing {toll} people. "
        "The miners were caught under a wave of mud. Rescuers were still searching for dozens "
        "of missing people. Heavy rain had loosened the waste heap."
    )


def test_at_least_162_dead_agrees_with_more_than_160_dead() -> None:
    report = compare_stories(_landslide("at least 162"), _landslide("more than 160", "struck"))
    assert not conflict_texts(report)
    assert ({"at least 162"}, {"more than 160"}) in agreed_texts(report)


def test_a_floor_past_the_next_round_figure_is_still_a_higher_floor() -> None:
    report = compare_stories(_landslide("at least 162"), _landslide("at least 170", "struck"))
    assert ({"at least 162"}, {"at least 170"}) in conflict_texts(report)


def test_a_floor_far_under_the_precise_one_is_still_a_different_floor() -> None:
    report = compare_stories(_landslide("at least 162"), _landslide("more than 100", "struck"))
    assert ({"at least 162"}, {"more than 100"}) in conflict_texts(report)
