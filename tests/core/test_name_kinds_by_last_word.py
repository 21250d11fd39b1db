"""The small model's cheap type slips, corrected by what a copy editor reads in the name itself:
a firm or an international body is never a person or a place, a building never a person, and a
currency never a person."""

from __future__ import annotations

import pytest

from desktop.core.lexicon import NOT_NAMES
from desktop.core.naming.entity_types import corrected_label


@pytest.mark.parametrize(
    ("name", "label", "expected"),
    [
        ("Gordon Advisers", "PERSON", "ORG"),  # a firm named after its founder
        ("Halden Savings Bank", "GPE", "ORG"),  # robbed "at" the bank, not in a town
        ("UN", "GPE", "ORG"),
        ("NATO", "LOC", "ORG"),
        ("Twitter", "PERSON", "ORG"),
        ("Dallas Fire Department", "PERSON", "ORG"),
        ("Ridgeway Building", "PERSON", "FAC"),
        ("Valley Hotel", "PERSON", "FAC"),
    ],
)
def test_a_name_is_read_by_its_last_word(name: str, label: str, expected: str) -> None:
    assert corrected_label(name, label) == expected


@pytest.mark.parametrize(
    ("name", "label"),
    [
        ("Jonathan Hall", "PERSON"),  # a surname that is also a building's word stays a person
        ("Paris", "GPE"),
        ("Anna Banks", "PERSON"),
        ("Who", "PERSON"),  # "WHO" is a body only where the model read a place
    ],
)
def test_people_and_places_keep_their_kind(name: str, label: str) -> None:
    assert corrected_label(name, label) == label


def test_a_currency_is_never_a_person() -> None:
    assert {"euro", "euros", "dollars"} <= NOT_NAMES
