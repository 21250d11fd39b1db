"""A ship's name after its prefix ("INS Harwell", "USS Carrow") is a vessel's: the journalist sees
no person card for a frigate and no frigate in the places list, in the sentence with the prefix
and in the later ones naming the ship bare ("Later, the Harwell fired"). A ship named after a
city ("INS Lisbon") leaves the city a place where the article names it alone."""

from __future__ import annotations

from desktop.core.model import MentionType, Side
from tests.factories import compare_stories

_LEFT = (
    "Navy frigate sinks pirate mother ship\n\nThe Indian frigate INS Harwell sank a pirate mother "
    "ship in the Gulf of Aden on Tuesday, the navy said. Later, the Harwell escorted three "
    "merchant vessels to safety. Commandos from the Harwell boarded a fishing boat.\n"
)
_RIGHT = (
    "Pirate ship destroyed\n\nAn Indian warship destroyed a pirate vessel on Tuesday. The navy "
    "said the ship had been used to attack cargo vessels. Nobody on board the warship was hurt.\n"
)


def _types(side: Side, text: str, left: str = _LEFT, right: str = _RIGHT) -> set[MentionType]:
    report = compare_stories(left, right)
    return {m.type for m in report.document(side).mentions if text in m.text}


def test_a_frigate_named_after_its_prefix_is_no_person() -> None:
    assert MentionType.PERSON not in _types(Side.LEFT, "Harwell")


def test_the_frigate_named_bare_later_is_no_place_either() -> None:
    found = _types(Side.LEFT, "Harwell")
    assert found, "the ship's name is still marked"
    assert not found & {MentionType.PERSON, MentionType.PLACE}


def test_a_city_a_ship_is_named_after_stays_a_place() -> None:
    left = _LEFT.replace("INS Harwell", "INS Lisbon").replace(
        "Later, the Harwell escorted", "Later, the frigate sailed on to Lisbon and escorted"
    )
    assert MentionType.PERSON not in _types(Side.LEFT, "INS Lisbon", left=left)
    report = compare_stories(left, _RIGHT)
    alone = {m.type for m in report.document(Side.LEFT).mentions if m.text == "Lisbon"}
    assert alone == {MentionType.PLACE}
