""" "A 34-year-old man was charged" / "A man aged 36 was charged": an age after its noun ("aged
36") ages the suspect the clause tells of as one before it does, so the two ages clash; and the
age of the man arrested is never set against the age of the man shot."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

LEFT = (
    "Shooting\n\nA 34-year-old man was charged with murder after a shooting in Denver on "
    "Tuesday, police said.\n"
)


def test_a_34_year_old_charged_is_not_a_man_aged_36_charged() -> None:
    report = compare_stories(
        LEFT,
        "Shooting\n\nA man aged 36 was charged with murder after a shooting in Denver on Tuesday, "
        "police said.\n",
    )
    assert ({"34-year-old"}, {"36"}) in conflict_texts(report)


def test_the_man_arrested_is_not_the_man_shot() -> None:
    report = compare_stories(
        "Shooting\n\nA 34-year-old man was shot dead in Denver on Tuesday, police said.\n",
        "Shooting\n\nA man aged 22 was arrested after a man was shot dead in Denver on Tuesday, "
        "police said.\n",
    )
    assert conflict_texts(report) == []
