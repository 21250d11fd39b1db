"""A person's surname right before a verb whose lemma is also a device's noun ("Markov drove a
truck") is no product's name: the person both articles name keeps every mention of that
surname. Only a name before the NOUN of a device's part ("two Thunderbolt ports") reads as a
product (hand-written texts)."""

from __future__ import annotations

from desktop.core.model import FindingKind, MentionType
from tests.factories import compare_stories, left_only_types

HOUSE = "Three people were found shot dead inside a house on Tuesday, police said.\n\n"


def _agreed_person_mentions(left: str, right: str) -> list[str]:
    report = compare_stories(HOUSE + left, HOUSE + right)
    return [
        s.text
        for f in report.findings
        if f.kind is FindingKind.AGREE and f.type is MentionType.PERSON
        for s in f.left
    ]


def test_a_suspect_who_drove_a_truck_keeps_his_surname_mentions() -> None:
    left = (
        "Officers arrested Dale Markov on Tuesday. Neighbours said Markov drove a truck into "
        "a fence last month, and Markov was charged with reckless driving.\n\n"
    )
    right = "Police arrested Dale Markov, 34, at the house.\n\n"
    assert _agreed_person_mentions(left, right).count("Markov") == 2


def test_a_port_named_after_its_technology_is_still_no_person() -> None:
    left = (
        HOUSE + "The laptop found in the house has two Thunderbolt ports, and older drives "
        "connect over Thunderbolt with an adapter.\n\n"
    )
    right = HOUSE + "Officers found the bodies after a neighbour called 911.\n\n"
    assert MentionType.PERSON not in left_only_types(left, right, "Thunderbolt")
