"""A name that joins a maker's or a town's name to a product's or a site's ("a Garmin
Forerunner", "the Cairo Citadel") tells nothing an article lacks when it names the maker or the
town and writes the product or the site as a name of its own: no yellow mark. Where it never
writes the product or the site, the joined name keeps its mark, and a rest the other article
writes only inside a longer name tells nothing of it."""

from __future__ import annotations

from tests.factories import compare_texts, yellow

_DAY = "2024-05-07"
_DEVICE = (
    "Garmin showed new navigation software on Tuesday. The software reads location data from a "
    "Garmin Forerunner, Garmin said. It ships in March."
)
_SITE = (
    "Protesters marched on the Cairo Citadel on Wednesday. Cairo police said ten people were held."
)


def test_a_garmin_forerunner_is_told_by_an_article_naming_garmin_and_the_forerunner() -> None:
    left = (
        "Garmin Ltd. showed new navigation software on Tuesday. The software reads where it is "
        "from the Forerunner, Garmin said. It ships in March."
    )
    assert "Garmin Forerunner" not in yellow(compare_texts(left, _DEVICE, _DAY))


def test_a_garmin_forerunner_stays_yellow_beside_an_article_naming_no_forerunner() -> None:
    left = (
        "Garmin Ltd. showed new navigation software on Tuesday. The software reads where it is "
        "from a satellite, Garmin said. It ships in March."
    )
    assert "Garmin Forerunner" in yellow(compare_texts(left, _DEVICE, _DAY))


def test_the_cairo_citadel_is_told_by_the_citadel_in_a_cairo_story() -> None:
    left = (
        "Police closed the Citadel on Wednesday as protesters marched through Cairo. Cairo "
        "police said ten people were held."
    )
    assert "Cairo Citadel" not in yellow(compare_texts(left, _SITE, _DAY))


def test_the_cairo_citadel_stays_yellow_where_only_cairo_is_named() -> None:
    left = (
        "Police closed the old town on Wednesday as protesters marched through Cairo. Cairo "
        "police said ten people were held."
    )
    assert "Cairo Citadel" in yellow(compare_texts(left, _SITE, _DAY))


def test_a_rest_written_only_inside_another_name_tells_nothing_of_the_joined_name() -> None:
    left = (
        "Police closed the Citadel Museum on Wednesday as protesters marched through Cairo. "
        "Cairo police said ten people were held."
    )
    assert "Cairo Citadel" in yellow(compare_texts(left, _SITE, _DAY))


def test_a_rest_written_only_inside_a_longer_word_is_not_written_whole() -> None:
    # The rest is searched alone and the word before checked where it is found: "Forerunner"
    # glued to a word ("Pre-Forerunner", "Super'Forerunner") is no name standing alone, and one
    # after a space is.
    from desktop.core.findings.names.told_joined_names import _written_whole

    assert not _written_whole(["Forerunner"], "the Pre-Forerunner and the Super'Forerunner")
    assert not _written_whole(["Forerunner", "X"], "a Pre-Forerunner  X came")
    assert _written_whole(["Forerunner"], "the Pre-Forerunner, then the new Forerunner.")
