"""One sentence printed twice, once with the toll split by sex ("Two women and a man were
killed") and once whole ("Three people were killed"): the changed words count one share on one
side and everyone on the other, so the copy has not changed the toll. Two shares ("two of them" /
"nine of them") or two whole tolls told alike but for the figure stay a swapped figure
(hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

SENTENCE = "{count} were killed when a gunman opened fire at a bar on Elm Street late Friday."


def _conflicts(left: str, right: str) -> list[tuple[set[str], set[str]]]:
    return conflict_texts(
        compare_stories(SENTENCE.format(count=left), SENTENCE.format(count=right))
    )


def test_two_women_and_a_man_killed_is_no_other_toll_than_three_people_killed() -> None:
    assert _conflicts("Two women and a man", "Three people") == []


def test_two_men_and_two_women_is_no_other_toll_than_four_people() -> None:
    assert _conflicts("Two men and two women", "Four people") == []


def test_a_share_of_the_women_changed_in_the_copy_still_conflicts() -> None:
    assert ({"Two"}, {"Three"}) in _conflicts("Two women and a man", "Three women and a man")


def test_a_whole_toll_changed_in_the_copy_still_conflicts() -> None:
    assert ({"Three"}, {"Four"}) in _conflicts("Three people", "Four people")


def test_two_shares_of_them_changed_in_the_copy_still_conflict() -> None:
    left = "Police said six people were at the bar. Two of them were killed, police said."
    right = "Police said six people were at the bar. Nine of them were killed, police said."
    assert ({"Two"}, {"Nine"}) in conflict_texts(compare_stories(left, right))
