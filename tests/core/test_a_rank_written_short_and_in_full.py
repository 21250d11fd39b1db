"""A journalist reads the People card of an officer one report calls "Lt. Maria Ortiz" and the
other "Lieutenant Maria Ortiz": the card gives her one rank, agreed by both, not two."""

from __future__ import annotations

import pytest

from desktop.core.model import PersonAttribute, PersonCard, PersonSide
from desktop.core.persons.people import person_cards, side_values
from tests.core.people_texts import parse_pair

LEFT = (
    "Officer hurt in chase\n\n"
    "Lt. Maria Ortiz was injured on Friday when a stolen van struck her cruiser in Dunmore."
)
RIGHT = (
    "Officer injured as van hits cruiser\n\n"
    "Lieutenant Maria Ortiz was hurt on Friday after a stolen van hit her patrol car in Dunmore."
)


@pytest.fixture(scope="module")
def ortiz() -> PersonCard:
    pair = parse_pair(LEFT, RIGHT, day=None)
    cards = person_cards(pair.left, pair.right, pair.links, *pair.docs)
    return next(c for c in cards if "Ortiz" in c.name)


def test_lt_and_lieutenant_are_one_rank_both_reports_give(ortiz: PersonCard) -> None:
    titles = next(c for c in ortiz.comparisons if c.kind == "title")
    assert titles.left == titles.right == ("lieutenant",)
    assert titles.verdict == "agree"


def test_a_rank_written_both_ways_in_one_report_is_shown_once() -> None:
    side = PersonSide(
        names=("Lt. Maria Ortiz",),
        attributes=(
            PersonAttribute("title", "Lt.", 0, 3),
            PersonAttribute("title", "Lieutenant", 40, 50),
            PersonAttribute("role", "Police Capt.", 60, 72),
        ),
    )
    assert side_values(side, "title") == {"lieutenant"}
    assert side_values(side, "role") == {"police captain"}
