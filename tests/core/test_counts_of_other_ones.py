"""A count that sets its group apart ("five other people", "another five", "two more") against a
plain count of the same thing ("Four people"): a conflict, never two one-sided figures, but one
whose reason and confidence say the counts may cover different groups, so both may be true."""

from __future__ import annotations

from desktop.core.findings import tuning
from desktop.core.model import FindingKind
from tests.factories import compare_stories


def _conflicts(left: str, right: str) -> list[tuple[str, float]]:
    report = compare_stories(left, right)
    return [(f.reason, f.confidence) for f in report.findings if f.kind is FindingKind.CONFLICT]


def test_a_total_of_five_other_people_hurt_conflicts_with_four_people_hurt_as_maybe_both_true() -> (
    None
):
    found = _conflicts(
        "A total of five other people were hurt when the boiler exploded.",
        "Four people were hurt when the boiler exploded.",
    )
    assert len(found) == 1
    reason, confidence = found[0]
    assert "'five other'" in reason and "different groups" in reason
    assert confidence <= tuning.SET_APART_CLASH_CONFIDENCE


def test_other_ones_counted_after_the_whole_toll_still_meet_the_other_articles_count() -> None:
    found = _conflicts(
        "Six people were hurt at the plant on Tuesday. A total of five other people were hurt "
        "in the first blast.",
        "Six people were hurt at the plant on Tuesday. Four people inside the hall were hurt in "
        "the first blast.",
    )
    assert [r for r, c in found if "'five other'" in r and c <= tuning.SET_APART_CLASH_CONFIDENCE]


def test_another_five_against_four_is_a_conflict_that_may_cover_different_groups() -> None:
    found = _conflicts(
        "Another five people were hurt when the boiler exploded.",
        "Four people were hurt when the boiler exploded.",
    )
    assert len(found) == 1 and "'Another five'" in found[0][0]


def test_five_other_people_against_four_other_people_is_a_plain_conflict() -> None:
    found = _conflicts(
        "Five other people were hurt when the boiler exploded.",
        "Four other people were hurt when the boiler exploded.",
    )
    assert len(found) == 1
    reason, confidence = found[0]
    assert "different groups" not in reason
    assert confidence > tuning.SET_APART_CLASH_CONFIDENCE


def test_five_other_people_hurt_and_four_people_arrested_count_two_happenings() -> None:
    assert not _conflicts(
        "A total of five other people were hurt when the boiler exploded.",
        "Four people were arrested after the boiler exploded.",
    )


def test_another_five_hurt_in_an_earlier_blast_meets_no_count_of_this_one() -> None:
    assert not _conflicts(
        "Four people were hurt when the boiler exploded on Tuesday. The blast comes two weeks "
        "after another five people were hurt in a fire at the plant.",
        "Four people were hurt when the boiler exploded on Tuesday.",
    )


def test_two_other_rifles_in_a_list_of_seven_rifles_count_the_list_not_a_group_apart() -> None:
    found = _conflicts(
        "Troops seized seven assault rifles, two other rifles and a rocket launcher on Friday.",
        "Nine rifles and a rocket launcher were seized on Friday.",
    )
    assert not [r for r, _ in found if "different groups" in r]
