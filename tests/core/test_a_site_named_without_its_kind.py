"""A site named with and without the kind of site: "the Roosevelt Gardens Apartments" is the
"Roosevelt Gardens" the other article names, not a place only one article gives; but "the
Roosevelt Mall" is not told by "Roosevelt Gardens" (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_texts as compare
from tests.factories import yellow


def test_apartments_named_without_their_kind_are_told_by_the_other_article() -> None:
    report = compare(
        "Girl killed\n\nA 5-year-old girl was shot inside an apartment at Roosevelt Gardens on "
        "Saturday, police said.",
        "Child dies\n\nPolice said a 5-year-old girl was shot Saturday in a unit of the Roosevelt "
        "Gardens Apartments.",
    )
    assert not any("Roosevelt" in mark for mark in yellow(report))


def test_a_mall_sharing_a_word_with_the_other_articles_site_stays_one_sided() -> None:
    report = compare(
        "Man shot\n\nA man was shot at Roosevelt Gardens on Saturday night, police said. He died "
        "at the scene.",
        "Shooting\n\nPolice said a man was shot on Saturday night outside the Roosevelt Mall in a "
        "robbery. He died at the scene.",
    )
    assert "Roosevelt Mall" in yellow(report)


def test_a_street_named_without_its_kind_is_told_by_the_other_article() -> None:
    report = compare(
        "Student shot near school\n\nA student was shot near the gym by the Live Oak Boulevard "
        "entrance of Seminole High School on Wednesday, police said.",
        "Teen shot\n\nPolice said a student was shot Wednesday outside Seminole High School. "
        "Parents may pick up students from the Live Oak entrance.",
    )
    assert not any("Live Oak" in mark for mark in yellow(report))


def test_a_street_is_not_told_by_a_park_of_the_same_name() -> None:
    report = compare(
        "Man shot\n\nA man was shot on Lappin Street on Saturday night, police said. He died at "
        "the scene.",
        "Shooting\n\nPolice said a man was shot on Saturday night near Lappin Park. He died at "
        "the scene.",
    )
    assert "Lappin Street" in yellow(report)
