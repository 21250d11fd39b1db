"""A batch added to a group ("Firefighters rescued another five people") is a fact of its own,
marked when the other article lacks it; the rest of a group told before ("the other five")
stays too vague to mark."""

from __future__ import annotations

from tests.factories import compare_texts, yellow

LEFT = (
    "Three die in bank fire\n\nA fire-bomb attack on a bank in Athens left three people dead on "
    "Wednesday. Firefighters said the blaze spread quickly."
)
RIGHT = (
    "Three killed in Athens bank fire\n\nThree people died on Wednesday after rioters set fire to "
    "a bank in Athens. Firefighters rescued another five people from the balcony."
)


def test_another_five_people_rescued_is_a_fact_the_other_article_lacks() -> None:
    report = compare_texts(LEFT, RIGHT)
    assert "five" in yellow(report), yellow(report)


def test_the_other_five_people_are_the_rest_of_a_group_and_stay_unmarked() -> None:
    report = compare_texts(LEFT, RIGHT.replace("another five", "the other five"))
    assert "five" not in yellow(report), yellow(report)
