""" "An explosion killed two workers. Another 12 were hurt" / "killing two workers and injuring
15 others": "another" adds the hurt to the dead, and the 12 are all of the hurt, not a part of
them; 12 and 15 clash. Where the same toll was counted before ("Five died at the scene. Another
two died in hospital"), "another two" is a part of it and sets nothing against the total."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

LEFT = (
    "Blast\n\nAn explosion at a chemical plant in Texas on Friday killed two workers. Another 12 "
    "were hurt, the company said.\n"
)


def test_another_twelve_hurt_is_not_fifteen_injured() -> None:
    report = compare_stories(
        LEFT,
        "Blast\n\nTwo workers died when a chemical plant in Texas exploded on Friday, injuring 15 "
        "others, the company said.\n",
    )
    assert ({"12"}, {"15"}) in conflict_texts(report)


def test_another_twelve_hurt_is_twelve_injured() -> None:
    report = compare_stories(
        LEFT,
        "Blast\n\nTwo workers died when a chemical plant in Texas exploded on Friday, injuring 12 "
        "others, the company said.\n",
    )
    assert conflict_texts(report) == []


def test_two_more_dead_are_part_of_the_seven() -> None:
    report = compare_stories(
        "Crash\n\nFive people died at the scene of the bus crash in Lima on Monday. Another two "
        "died in hospital, police said.\n",
        "Crash\n\nSeven people died after a bus crash in Lima on Monday, police said. Two of them "
        "died in hospital.\n",
    )
    assert not [c for c in conflict_texts(report) if "two" in c[0]]


def test_the_other_eight_are_the_rest_of_the_nine() -> None:
    report = compare_stories(
        "Arrests\n\nA man from the Dallas group was arrested in Austin on Monday. The other eight "
        "people in the group were detained for questioning.\n",
        "Arrests\n\nThe nine people from Dallas were all detained by police in Austin on Monday.\n",
    )
    assert not [c for c in conflict_texts(report) if "eight" in c[0]]
