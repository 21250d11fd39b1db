"""Counts an article gives place by place are parts of the whole the other article counts."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

_HEAD = "Quake hits Aceh\n\n"


def test_ten_houses_damaged_in_one_town_is_no_clash_with_forty_damaged_by_the_quake() -> None:
    left = (
        _HEAD + "Around 40 houses were damaged by the quake, said disaster agency official Fauzi.\n"
    )
    right = (
        _HEAD + "He said at least 22 houses were badly damaged in the district. At least five "
        "people were reportedly injured and 10 houses were damaged in Takengon, the capital of "
        "Central Aceh district.\n"
    )
    assert conflict_texts(compare_stories(left, right)) == []


def test_a_tsunami_toll_in_one_province_and_more_elsewhere_is_no_clash_with_the_whole_toll() -> (
    None
):
    left = (
        _HEAD + "In 2004 a massive tremor sparked a tsunami that killed 170,000 people in the "
        "province and tens of thousands more in countries around the Indian Ocean.\n"
    )
    right = (
        _HEAD + "In 2004, a huge earthquake off Aceh triggered a tsunami that killed 230,000 "
        "people across Asia.\n"
    )
    assert conflict_texts(compare_stories(left, right)) == []


def test_a_count_by_place_still_clashes_with_the_other_articles_count_for_that_place() -> None:
    left = (
        "Storms sweep the plains\n\nThe storm killed 12 people in Texas and 20 more in Oklahoma.\n"
    )
    right = "Storms sweep the plains\n\nThe storm killed 15 people in Texas, officials said.\n"
    assert ({"12"}, {"15"}) in conflict_texts(compare_stories(left, right))


def test_a_count_by_place_larger_than_the_whole_still_clashes() -> None:
    left = _HEAD + "Around 40 houses were damaged by the quake.\n"
    right = (
        _HEAD + "At least 60 houses were damaged in the district. Ten houses were damaged in "
        "Takengon.\n"
    )
    assert ({"Around 40"}, {"At least 60"}) in conflict_texts(compare_stories(left, right))
