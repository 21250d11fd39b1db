"""A people's name says who, not where: one lead holds a referendum "in Moldova", the other "in
Calgary" and later quotes "Moldovans abroad". The right article never says the vote was in
Moldova, so the two leads still place it in two countries; a right lead in Moldova agrees."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

_LEFT = (
    "Referendum on new constitution\n\nCitizens in Moldova voted on Sunday in a referendum on a "
    "new constitution, the electoral commission said.\n\nTurnout was reported as high.\n"
)


def _right(place: str) -> str:
    return (
        f"Voters back new charter\n\nCitizens in {place} cast ballots on Sunday in a referendum "
        "on a new constitution drafted by the ruling party.\n\nMany Moldovans abroad were "
        "unable to take part, an opposition group complained.\n"
    )


def test_a_lead_in_another_country_conflicts_though_the_right_names_its_people() -> None:
    found = conflict_texts(compare_stories(_LEFT, _right("Calgary")))
    assert ({"Moldova"}, {"Calgary"}) in found, found


def test_a_lead_in_the_same_country_still_agrees() -> None:
    assert conflict_texts(compare_stories(_LEFT, _right("Moldova"))) == []
