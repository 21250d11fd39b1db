"""A count told of one raid against the total of several raids: "During the raid, officers found
six M-16 rifles" / "Police have seized a total of 14 M-16 rifles during the five raids" counts one
raid's haul and the haul of all five, not one haul two ways (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_texts as compare
from tests.factories import conflict_texts


def _raid(headline: str, sentence: str) -> str:
    return (
        f"{headline}\n\n"
        "Police raided a farmhouse near Harlow on Tuesday and arrested four men, a police "
        f"spokesman said. {sentence} The four men will appear in court on Friday."
    )


LEFT = _raid(
    "Police seize rifles in Harlow raid",
    "During the raid, officers found six M-16 rifles, 20 magazines and some 400 bullets.",
)


def test_one_raids_haul_is_no_other_count_of_the_total() -> None:
    right = _raid(
        "Four arrested in Harlow gun raid",
        "The spokesman said that police have seized a total of 14 M-16 rifles, 40 magazines and "
        "900 bullets during the five raids they carried out this month.",
    )
    assert conflict_texts(compare(LEFT, right)) == []


def test_two_totals_of_the_five_raids_still_clash() -> None:
    left = _raid(
        "Police seize rifles in Harlow raid",
        "Police have seized a total of 20 M-16 rifles, 40 magazines and 900 bullets during the "
        "five raids they carried out this month, the spokesman said.",
    )
    right = _raid(
        "Four arrested in Harlow gun raid",
        "The spokesman said that police have seized a total of 14 M-16 rifles, 40 magazines and "
        "900 bullets during the five raids they carried out this month.",
    )
    assert ({"20"}, {"14"}) in conflict_texts(compare(left, right))
