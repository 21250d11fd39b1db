"""A count of the people of one deed in one article, the people told in groups for that deed in
the other: "Two men and a woman were wounded" lists three, against "Four people were wounded" a
conflict, against "Three people" an agreement; groups that are a part of a total told beside it
("including two men and a woman"), and two articles giving the same groups, set nothing against
anything (hand-written texts)."""

from __future__ import annotations

from tests.factories import agreed_texts, compare_stories, conflict_texts

_GROUPS = "Two men and a woman"


def _story(wounded: str, tail: str = "") -> str:
    return (
        "Gunfire outside Millbrook bar.\n\n"
        f"{wounded} were wounded when gunfire broke out outside a bar on Cedar Lane in Millbrook "
        f"late Friday, police said.{tail}\n\n"
        "Sgt. Lena Fox said detectives were reviewing video from nearby shops."
    )


def test_two_men_and_a_woman_wounded_against_four_people_is_a_conflict() -> None:
    found = conflict_texts(compare_stories(_story(_GROUPS), _story("Four people")))
    assert ({_GROUPS}, {"Four"}) in found


def test_the_conflict_stands_the_other_way_round_and_counts_each_group() -> None:
    groups = "Three women and two teenagers"
    report = compare_stories(_story("Four people"), _story(groups))
    assert ({"Four"}, {groups}) in conflict_texts(report)
    assert any("lists 5" in f.reason for f in report.findings)


def test_two_men_and_a_woman_agree_with_three_people() -> None:
    report = compare_stories(_story(_GROUPS), _story("Three people"))
    assert not any(_GROUPS in left for left, _ in conflict_texts(report))
    assert ({_GROUPS}, {"Three"}) in agreed_texts(report)


def test_groups_that_are_part_of_a_told_total_are_set_against_nothing() -> None:
    left = _story("Four people", " They included two men and a woman.")
    found = conflict_texts(compare_stories(left, _story("Four people")))
    assert found == []


def test_the_same_groups_in_both_articles_are_no_count_against_a_list() -> None:
    found = conflict_texts(
        compare_stories(_story("Three men and two women"), _story("Three men and two women"))
    )
    assert found == []
