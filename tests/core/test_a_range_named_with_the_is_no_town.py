"""A place named with "the" ("a road in the Andes") is a mountain range, a river or a region: a
town takes no article. So a bus crash "in the Andes" is not set in the Colombian town of Andes,
and an article that opens on it does not put the story in another country than one opening "in
Peru". Two countries named outright still differ."""

from __future__ import annotations

from tests.factories import compare_texts, place_conflicts


def test_a_crash_in_the_andes_is_no_other_country_than_peru() -> None:
    report = compare_texts(
        "A bus crashed on a mountain road in Peru on Saturday. At least 24 people died.",
        "Twenty-four people were killed on Saturday when a bus fell off a road in the Andes.",
    )
    assert place_conflicts(report) == []


def test_a_crash_in_chile_is_another_country_than_peru() -> None:
    report = compare_texts(
        "A bus crashed on a mountain road in Peru on Saturday. At least 24 people died.",
        "Twenty-four people were killed on Saturday when a bus fell off a road in Chile.",
    )
    assert place_conflicts(report) == [({"Peru"}, {"Chile"})]
