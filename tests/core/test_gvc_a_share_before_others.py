"""A count of people that its sentence follows with a count of "others" ("leaving one person
dead, two police officers wounded and three others injured") is one share of those harmed, not
all of them: against the other article's "Three people were wounded" it is no conflict. A count
with no "others" after it ("killing one person and wounding two people"), or with "others" of
another harm ("killing two people and wounding five others"), is the whole of its toll and still
clashes.

All sentences here are written for the tests; none comes from a corpus.
"""

from __future__ import annotations

from tests.factories import compare_stories, conflicts, quoted

_RIGHT = (
    "Deadly shooting in Ridgeview\n\n"
    "A gunman opened fire on Elm Street in Ridgeview on Sunday morning, police said.\n\n"
    "Three people were wounded, police said.\n\n"
    "The investigation continues."
)


def _left(lead: str) -> str:
    return (
        f"Shooting in Ridgeview\n\nA gunman opened fire on Elm Street in Ridgeview on Sunday "
        f"morning, {lead}.\n\nPolice said the gunman was later found dead.\n\n"
        "The investigation continues."
    )


def test_two_officers_wounded_beside_three_others_are_not_all_the_wounded() -> None:
    left = _left("leaving one person dead, two police officers wounded and three others injured")
    found = quoted(conflicts(compare_stories(left, _RIGHT)))
    assert not found, found


def test_two_people_wounded_with_no_others_are_all_the_wounded() -> None:
    left = _left("killing one person and wounding two people")
    found = quoted(conflicts(compare_stories(left, _RIGHT)))
    assert found == [({"two"}, {"Three"})], found


def test_two_killed_beside_five_others_wounded_are_all_the_dead() -> None:
    left = _left("killing two people and wounding five others")
    right = _RIGHT.replace("Three people were wounded", "Three people were killed")
    found = quoted(conflicts(compare_stories(left, right)))
    assert ({"two"}, {"Three"}) in found, found
