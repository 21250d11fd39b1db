"""A journalist compares two stories and sees a red mark on two places: it must mean two places
for one thing. Stop 51 found every fresh place conflict wrong: a neighbourhood against its
borough, a politician's surname read as a town abroad, a transfer to a second clinic set against
the first, a town name the gazetteer knows only in another state. Each story here is written by
hand, with a twin where a real place conflict stays (``findings.locations.place_clash``)."""

from __future__ import annotations

from desktop.core.model import FindingKind, MentionType
from tests.factories import compare_stories


def _place_conflicts(left: str, right: str) -> list[tuple[str, str]]:
    report = compare_stories(left, right)
    return [
        (f.left[0].text, f.right[0].text)
        for f in report.findings
        if f.kind is FindingKind.CONFLICT and f.type is MentionType.PLACE and f.left and f.right
    ]


_STRUCK = (
    "Dana Miller, 59, of Queens, had just parked her car at 7 p.m. Friday when she was hit by a "
    "Toyota, police said."
)


def test_a_neighbourhood_and_its_borough_are_one_home() -> None:
    right = (
        "Police found the unconscious Dana K. Miller, 59, of College Point, lying in the roadway "
        "on Friday."
    )
    assert _place_conflicts(_STRUCK, right) == []


def test_two_towns_far_apart_are_two_homes() -> None:
    right = (
        "Police found the unconscious Dana K. Miller, 59, of Buffalo, lying in the roadway on "
        "Friday."
    )
    assert ("Queens", "Buffalo") in _place_conflicts(_STRUCK, right)


def test_a_surname_that_speaks_is_no_town() -> None:
    left = (
        "Palin's church damaged in fire. The fire at the Wasilla Bible Church caused $1 million "
        "in damage. Palin told reporters she was saddened."
    )
    right = (
        "Alaska's governor saw her home church badly damaged in an arson fire. The Wasilla Bible "
        "Church suffered $1 million in damage."
    )
    assert _place_conflicts(left, right) == []


def test_a_town_placed_in_still_clashes() -> None:
    left = "A ferry sank off Bali on Monday, and 20 people drowned."
    right = "A ferry sank off Lombok on Monday, and 20 people drowned."
    assert ("Bali", "Lombok") in _place_conflicts(left, right)


def test_a_move_to_a_second_clinic_is_a_later_stage() -> None:
    left = "The actress has checked into rehab in Newport Beach, her lawyer said on Thursday."
    right = "The actress is moving to a rehab facility in Malibu, her lawyer said on Thursday."
    assert _place_conflicts(left, right) == []


def test_two_clinics_checked_into_still_clash() -> None:
    left = "The actress has checked into rehab in Newport Beach, her lawyer said on Thursday."
    right = "The actress has checked into rehab in Malibu, her lawyer said on Thursday."
    assert ("Newport Beach", "Malibu") in _place_conflicts(left, right)


# "Palmer" is a town of Massachusetts (the one the gazetteer keeps) and of Alaska: read alone,
# it says no one state. "Boston" says Massachusetts.
_DAIRY = "Dairy fire in Alaska. Investigators said the blaze started before dawn on Tuesday."


def test_a_town_with_a_namesake_in_the_storys_state_is_not_read_elsewhere() -> None:
    right = "Old dairy burns in Palmer. The building was nearly destroyed early Tuesday."
    assert _place_conflicts(_DAIRY, right) == []


def test_a_town_known_only_in_another_state_still_clashes() -> None:
    right = "Old dairy burns in Boston. The building was nearly destroyed early Tuesday."
    assert ("Alaska", "Boston") in _place_conflicts(_DAIRY, right)


def test_a_town_with_namesakes_still_lies_outside_a_country() -> None:
    # Manchester has namesakes of its size in England and New Hampshire, none in Turkmenistan.
    left = "Gas pipeline talks open in Turkmenistan. Officials from four countries met on Monday."
    right = (
        "Pipeline negotiators gathered in Manchester on Monday. The talks are expected to last a "
        "week."
    )
    assert ("Turkmenistan", "Manchester") in _place_conflicts(left, right)
