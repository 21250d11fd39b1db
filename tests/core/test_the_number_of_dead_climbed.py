""" "The number of dead had climbed to 21" gives the level of the dead, not of a "number": a noun
that only frames a count is measured by what its "of" names, so the toll told so deep in one
article meets "killed 14 miners" in the other's lead."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

LEFT = (
    "Mine blast kills 14 in Colombia\n\n"
    "An explosion in a coal mine in the town of Sutatausa killed 14 miners on Tuesday, Colombian "
    "officials said.\n\n"
    "The blast trapped the men about 500 metres underground.\n"
)


def _right(toll: str) -> str:
    return (
        "Colombia mine blast: rescuers search for trapped men\n\n"
        "Rescue teams dug through the night after a methane explosion in a coal mine in Sutatausa "
        "on Tuesday.\n\n"
        "President Gustavo Petro expressed his condolences.\n\n"
        f"By Wednesday morning, the number of dead had climbed to {toll}.\n"
    )


def test_the_number_of_dead_climbing_past_the_lead_toll_is_a_conflict() -> None:
    conflicts = conflict_texts(compare_stories(LEFT, _right("21")))
    assert any("14" in left and right == {"21"} for left, right in conflicts)


def test_the_number_of_dead_at_the_lead_toll_is_no_conflict() -> None:
    assert conflict_texts(compare_stories(LEFT, _right("14"))) == []
