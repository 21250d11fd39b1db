"""A toll told as risen to a figure ("the number of people killed ... rose to 13", "bringing the
death toll to 27") says the count was lower before: the other article's floor under it ("At
least nine people were killed") is an earlier count, and the two show as counts at different
times; a plain count above the floor stays within it (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts, conflicts

LEFT = (
    "Train derails near Casswell.\n"
    "At least nine people were killed when an express train derailed near the town of Casswell "
    "on Saturday, rail officials said."
)


def test_a_toll_that_rose_past_the_other_articles_floor_is_a_conflict() -> None:
    right = (
        "Casswell derailment toll rises.\n"
        "The number of people killed in Saturday's derailment of an express train near Casswell "
        "rose to 13, officials said."
    )
    report = compare_stories(LEFT, right)
    assert ({"At least nine"}, {"13"}) in conflict_texts(report)
    found = next(f for f in conflicts(report) if "13" in {s.text for s in f.right})
    assert "different times" in found.reason


def test_a_toll_a_rescue_brought_past_the_floor_is_a_conflict() -> None:
    right = (
        "Rescuers find more bodies near Casswell.\n"
        "Rescuers pulled three more bodies from the wreck near Casswell, bringing the death toll "
        "from Saturday's derailment to 13, officials said."
    )
    assert ({"At least nine"}, {"13"}) in conflict_texts(compare_stories(LEFT, right))


def test_a_plain_count_above_the_floor_stays_within_it() -> None:
    right = (
        "Casswell derailment kills 13.\n"
        "Thirteen people were killed in Saturday's derailment of an express train near Casswell, "
        "officials said."
    )
    assert not conflict_texts(compare_stories(LEFT, right))
