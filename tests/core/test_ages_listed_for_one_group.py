"""A journalist compares two reports of one shooting. One says "Two men, ages 19 and 22, were
shot", the other "Two men, 19 and 23, were shot": both count the same two men and list their
ages, so one of the men is given two ages. The ages both lists give agree; the one left over on
each side is the conflict. Lists that cannot be matched person by person (another count, two
lists in one sentence) are left alone.

All sentences here are written for the tests; none comes from a corpus.
"""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts, conflicts

_HEAD = "Two men shot outside a store\n\n"


def _report(group: str) -> str:
    return f"{_HEAD}{group}, were shot outside a corner store on Tuesday night, police said."


def test_one_of_two_listed_ages_told_two_ways_is_a_conflict() -> None:
    report = compare_stories(_report("Two men, ages 19 and 22"), _report("Two men, 19 and 23"))
    assert conflict_texts(report) == [({"22"}, {"23"})], conflict_texts(report)


def test_the_reason_quotes_both_lists() -> None:
    report = compare_stories(_report("Two men, ages 19 and 22"), _report("Two men, 19 and 23"))
    reasons = [f.reason for f in conflicts(report)]
    assert reasons and "'ages 19 and 22'" in reasons[0] and "'19 and 23'" in reasons[0], reasons


def test_the_same_ages_listed_in_another_order_are_no_conflict() -> None:
    report = compare_stories(_report("Two men, ages 19 and 22"), _report("Two men, 22 and 19"))
    assert conflict_texts(report) == [], conflict_texts(report)


def test_a_group_of_another_size_is_not_matched_age_by_age() -> None:
    left = _report("Two men, ages 19 and 22")
    right = _report("Three men, 19, 23 and 30")
    found = conflict_texts(compare_stories(left, right))
    assert all(pair != ({"22"}, {"23"}) for pair in found), found


def test_two_men_and_two_women_are_two_groups_whatever_their_ages() -> None:
    left = _report("Two men, ages 19 and 22")
    right = _report("Two women, 19 and 23")
    assert conflict_texts(compare_stories(left, right)) == []


def test_two_victims_and_two_suspects_are_two_groups_whatever_their_ages() -> None:
    left = _report("Two victims, ages 19 and 22")
    right = _report("Two suspects, 19 and 23")
    assert conflict_texts(compare_stories(left, right)) == []


def test_two_victims_may_be_the_two_men_the_other_report_lists() -> None:
    left = _report("Two victims, ages 19 and 22")
    right = _report("Two men, 19 and 23")
    assert conflict_texts(compare_stories(left, right)) == [({"22"}, {"23"})]
