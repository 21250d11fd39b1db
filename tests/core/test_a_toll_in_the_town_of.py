"""A count made "in the town of Simav" is made in Simav: a noun of a kind of settlement with its
name after "of" is the place of that name. So "killing five people in the town of Simav" under a
headline "kills 5 in Turkey" is no tally by place, and clashes with "Eight people died in Simav"."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

LEFT = (
    "Quake kills 5 in Turkey\n\n"
    "An earthquake of magnitude 5.6 struck western Turkey on Sunday, killing five people in the "
    "town of Simav, officials said.\n\n"
    "Interior minister Ali Yerlikaya said 40 people were injured.\n"
)


def _right(toll: str) -> str:
    return (
        "Western Turkey hit by earthquake\n\n"
        "Rescue teams searched collapsed buildings overnight after a magnitude 5.6 earthquake in "
        "western Turkey on Sunday.\n\n"
        "Interior minister Ali Yerlikaya said 40 people had been hurt.\n\n"
        f"{toll} people died in Simav, the town closest to the epicentre.\n"
    )


def test_a_toll_in_the_town_of_simav_clashes_with_another_toll_in_simav() -> None:
    conflicts = conflict_texts(compare_stories(LEFT, _right("Eight")))
    assert any("five" in left and right == {"Eight"} for left, right in conflicts)


def test_the_same_toll_in_simav_is_no_conflict() -> None:
    assert conflict_texts(compare_stories(LEFT, _right("Five"))) == []
