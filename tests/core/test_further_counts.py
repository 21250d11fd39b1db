"""A batch added to a count ("another five people", "a further four appliances") is told once in
each report of a fire: two sizes of it are a conflict, wherever the sentences stand and whatever
words surround them; a whole count is no batch (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts, conflicts

LEFT = (
    "Fire guts bank in Leeds.\n"
    "A fire broke out at a bank in Leeds on Tuesday morning and staff fled the building. "
    "Around 20 more people had to be ushered to safety. "
    "When they arrived, crews called in an additional six engines and a ladder."
)
RIGHT_OPENING = (
    "Leeds bank destroyed by fire.\n"
    "Staff fled when fire swept through a bank in Leeds on Tuesday morning. "
    "The roof collapsed an hour later. "
)


def test_two_sizes_of_the_batch_of_people_rescued_are_a_conflict() -> None:
    right = RIGHT_OPENING + "Firefighters rescued another five people from the balcony."
    report = compare_stories(LEFT, right)
    assert conflict_texts(report) == [({"Around 20"}, {"five"})]
    reason = conflicts(report)[0].reason
    assert "'Around 20 more people'" in reason and "'another five people'" in reason


def test_engines_and_appliances_called_in_as_a_further_batch_are_one_batch() -> None:
    right = RIGHT_OPENING + "Crews then called a further four appliances to help."
    assert conflict_texts(compare_stories(LEFT, right)) == [({"six"}, {"four"})]


def test_a_whole_count_is_not_a_batch_added_to_one() -> None:
    right = RIGHT_OPENING + "Firefighters rescued five people from the balcony."
    assert not conflict_texts(compare_stories(LEFT, right))


def test_two_batches_the_other_side_could_mean_are_left_alone() -> None:
    right = (
        RIGHT_OPENING + "Firefighters rescued another five people from the balcony. "
        "Police later led another eight people from the cellar."
    )
    assert not conflict_texts(compare_stories(LEFT, right))
