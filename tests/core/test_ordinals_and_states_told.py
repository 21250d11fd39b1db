"""A fact told at another precision or in another shape is no fact the other article lacks: "in
six rounds" is "in the sixth round", and a town in Ohio tells the reader the story is in Ohio."""

from __future__ import annotations

from tests.factories import compare_texts, yellow


def test_six_rounds_and_the_sixth_round_are_one_count() -> None:
    left = (
        "Kovac keeps his title\n\n"
        "Marek Kovac stopped Lee Dorn in six rounds on Saturday to keep his title. Dorn had "
        "won their first fight."
    )
    right = (
        "Kovac retains title\n\n"
        "Marek Kovac stopped Lee Dorn in the sixth round on Saturday to keep his title. Dorn "
        "had won their first meeting."
    )
    assert "six" not in yellow(compare_texts(left, right))


def test_three_children_are_not_told_by_a_third_child() -> None:
    left = (
        "Firefighter dies in blaze\n\n"
        "Firefighter Ian Moss, who leaves a wife and three children, died fighting a blaze in "
        "Kelso on Friday, the fire service said."
    )
    right = (
        "Kelso firefighter killed\n\n"
        "Firefighter Ian Moss, whose wife gave birth to their third child in May, died fighting "
        "a blaze in Kelso on Friday, the fire service said."
    )
    assert "three" in yellow(compare_texts(left, right))


def test_a_state_is_told_by_a_town_inside_it_but_the_town_told_apart_stays_one_sided() -> None:
    left = (
        "Warehouse fire in Dayton\n\n"
        "A fire destroyed a warehouse in Dayton on Tuesday, firefighters said. No one was hurt."
    )
    right = (
        "Fire guts Ohio warehouse\n\n"
        "Firefighters said a blaze destroyed a warehouse in Dayton, Ohio, on Tuesday. Nobody "
        "was injured."
    )
    assert "Ohio" not in yellow(compare_texts(left, right))
    # The town is finer than the state: the right's alone where the left names the state only
    # outside the sentence telling the fire (the matching sentence:
    # test_details_at_another_precision).
    apart = (
        "Warehouse fire\n\nA fire destroyed a warehouse on Tuesday, firefighters said. No one "
        "was hurt. The owner runs three other depots in Ohio."
    )
    finer = compare_texts(apart, right)
    assert "Dayton" in yellow(finer)
