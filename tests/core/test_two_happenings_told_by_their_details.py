"""A reporter compares two stories and sees no red mark between two happenings of one kind that
the articles tell apart by their details: a singer who checked into one clinic on one day and
into another clinic on another day checked in twice, and the two days are no clash. A side that
names no clinic keeps the conflict, and so do two days of checking into one clinic. Viewers of
the 2011 awards are not viewers of the 2010 awards (``findings/events/happening_details.py``;
hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

_JUDGE = "A judge had told him to spend three months in treatment."
_INTO_HARBOR_HOUSE_FRIDAY = (
    "Singer enters Harbor House. The singer checked into Harbor House in Palm Springs early on "
    f"Friday morning. {_JUDGE}"
)


def _days(left: str, right: str) -> list[tuple[set[str], set[str]]]:
    return [
        (a, b)
        for a, b in conflict_texts(compare_stories(left, right))
        if any("day" in t for t in a) and any("day" in t for t in b)
    ]


def test_two_check_ins_at_two_named_clinics_are_not_one_day_told_two_ways() -> None:
    left = (
        "Singer moves to a second clinic. The singer checked into the Lakeview Recovery Center in "
        f"Malibu on Thursday, his manager said. {_JUDGE}"
    )
    assert _days(left, _INTO_HARBOR_HOUSE_FRIDAY) == []


def test_a_sentence_telling_both_check_ins_dates_the_first_not_the_second() -> None:
    left = (
        "Singer moves to a second clinic. Less than an hour after checking in on Thursday, the "
        f"singer walked out and checked himself into Harbor House, his manager said. {_JUDGE}"
    )
    assert _days(left, _INTO_HARBOR_HOUSE_FRIDAY) == []


def test_two_days_of_checking_into_one_clinic_are_still_a_conflict() -> None:
    left = (
        "Singer enters Harbor House. The singer checked into Harbor House in Palm Springs on "
        f"Thursday, his manager said. {_JUDGE}"
    )
    assert ({"Thursday"}, {"Friday morning"}) in conflict_texts(
        compare_stories(left, _INTO_HARBOR_HOUSE_FRIDAY)
    )


def test_a_check_in_that_names_no_clinic_keeps_the_conflict() -> None:
    left = (
        "Singer enters rehab. The singer checked into rehab on Thursday, his manager said. "
        f"{_JUDGE}"
    )
    assert _days(left, _INTO_HARBOR_HOUSE_FRIDAY) != []


_HOST = "The host was praised."


def test_viewers_of_two_years_awards_are_two_occasions_not_one_count() -> None:
    left = (
        "Ratings fall. About 38 million viewers watched the 2011 Academy Awards on ABC, the "
        f"network said. {_HOST}"
    )
    right = (
        "Ratings fall. About 43 million viewers watched the 2010 Academy Awards on ABC, the "
        f"network said. {_HOST}"
    )
    assert conflict_texts(compare_stories(left, right)) == []


def test_viewers_of_one_years_awards_told_two_ways_are_still_a_conflict() -> None:
    left = (
        "Ratings fall. About 38 million viewers watched the 2011 Academy Awards on ABC, the "
        f"network said. {_HOST}"
    )
    right = (
        "Ratings fall. About 43 million viewers watched the 2011 Academy Awards on ABC, the "
        f"network said. {_HOST}"
    )
    assert ({"About 38 million"}, {"About 43 million"}) in conflict_texts(
        compare_stories(left, right)
    )
