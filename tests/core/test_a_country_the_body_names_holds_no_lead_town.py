"""Where a lead puts the event is set against where the other lead puts it. A country the body
names for another reason ("Canada urged a fair vote") does not hold the other lead's town: a vote
"in Moldova" and one "in Calgary" are two places. A lead that itself names Canada may hold it."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

_RIGHT = (
    "Voters back new charter\n\nLong queues formed outside polling stations in Calgary as "
    "balloting on a charter drafted by the ruling party got under way.\n\nCritics called the "
    "vote rushed.\n"
)


def _left(lead_places: str) -> str:
    return (
        f"Referendum on new constitution\n\nCitizens in {lead_places} voted on Sunday in a "
        "referendum on a new constitution, the electoral commission said.\n\nTurnout was "
        "reported as high.\n\nThe two main parties disagree on the new powers of the president. "
        "Officials of the ruling party said the charter would bring stability.\n\nCanada and "
        "Germany had urged the government to hold a fair vote.\n"
    )


def test_a_lead_town_conflicts_though_the_other_body_names_its_country() -> None:
    found = conflict_texts(compare_stories(_left("Moldova"), _RIGHT))
    assert ({"Moldova"}, {"Calgary"}) in found, found


def test_a_lead_that_names_the_towns_country_may_hold_the_town() -> None:
    found = conflict_texts(compare_stories(_left("Moldova and Canada"), _RIGHT))
    assert not any("Calgary" in right for _, right in found), found
