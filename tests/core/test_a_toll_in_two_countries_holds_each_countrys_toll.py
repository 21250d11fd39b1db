"""A toll made in places joined by "and" ("More than 50,000 people died in Turkey and Syria") is
the whole the toll of one of them ("killed 44,000 in Turkey and 6,000 in Syria") is part of: the
part is no conflict with the whole. A part larger than the whole, or the same place's own toll
told otherwise, still is."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts

_BY_COUNTRY = "The earthquake killed 44,000 people in Turkey and 6,000 in Syria."


def test_one_countrys_toll_is_part_of_the_toll_in_both() -> None:
    report = compare_texts(_BY_COUNTRY, "More than 50,000 people died in Turkey and Syria.")
    assert conflict_texts(report) == []


def test_one_countrys_toll_above_the_toll_in_both_conflicts() -> None:
    report = compare_texts(
        "The earthquake killed 64,000 people in Turkey and 6,000 in Syria.",
        "About 50,000 people died in Turkey and Syria.",
    )
    assert conflict_texts(report) == [({"64,000"}, {"About 50,000"})]


def test_the_toll_in_one_country_told_otherwise_conflicts() -> None:
    report = compare_texts(_BY_COUNTRY, "About 50,000 people died in Turkey.")
    assert conflict_texts(report) == [({"44,000"}, {"About 50,000"})]
