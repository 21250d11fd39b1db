"""A town by its official name ("the City of Palmer") and a common word shouted in capitals ("A
FIRE-BOMB attack") are told by the other article's "Palmer" and "fire-bomb": no yellow mark."""

from __future__ import annotations

from tests.factories import compare_texts, yellow


def test_the_city_of_palmer_is_told_by_palmer() -> None:
    report = compare_texts(
        "Dairy building burns\n\nThe old Matanuska Maid dairy building in Palmer was nearly "
        "destroyed by a fire early Tuesday morning, Palmer officials said. The building will "
        "likely be a total loss.",
        "Dairy building burns\n\nShortly after 3:30 Tuesday morning someone reported a fire at "
        "the Matanuska Maid building in downtown Palmer. The building is a total loss according "
        "to the City of Palmer.",
        "2024-05-10",
    )
    assert not yellow(report), yellow(report)


def test_a_shouted_fire_bomb_is_the_other_articles_fire_bomb() -> None:
    report = compare_texts(
        "Bank attack\n\nProtesters hurled a fire-bomb at a bank in Athens, killing three "
        "people on Wednesday.",
        "Three dead after bank attack\n\nA FIRE-BOMB attack on a bank in Athens left at least "
        "three people dead as police fought pitched battles with striking protesters.",
        "2024-05-10",
    )
    assert "FIRE-BOMB" not in yellow(report), yellow(report)


def test_an_acronym_in_capitals_is_still_a_name_the_other_does_not_give() -> None:
    report = compare_texts(
        "Bank attack\n\nProtesters hurled a fire-bomb at a bank in Athens, killing three "
        "people on Wednesday.",
        "Bank attack\n\nA fire-bomb attack on a bank in Athens killed three people on "
        "Wednesday, the KKE party said.",
        "2024-05-10",
    )
    assert any("KKE" in y for y in yellow(report)), yellow(report)


_RIOTS_LEFT = (
    "Bank fire kills three in Athens\n\nA fire-bomb attack on a bank in Greece left three people "
    "dead on Wednesday.\nHooded youths hurled petrol bombs at stores in the center of the "
    "capital Athens and demonstrators tried to storm parliament during the general strike, as "
    "the rioting spread to the northern city of Thessaloniki."
)
_RIOTS_RIGHT = (
    "Bank fire kills three in Athens\n\nA fire-bomb attack on a bank in Athens left three "
    "people dead on Wednesday.\nHooded youths hurled petrol bombs at stores in the Greek "
    "capital.\nProtesters also tried to storm the {} Parliament and the rioting spread to "
    "Greece's second city, Thessaloniki."
)


def test_the_greek_parliament_is_told_by_parliament_in_a_story_about_greece() -> None:
    report = compare_texts(_RIOTS_LEFT, _RIOTS_RIGHT.format("Greek"), "2024-05-10")
    assert "Greek Parliament" not in yellow(report), yellow(report)


def test_the_turkish_parliament_is_not_told_by_a_story_about_greece() -> None:
    report = compare_texts(_RIOTS_LEFT, _RIOTS_RIGHT.format("Turkish"), "2024-05-10")
    assert "Turkish Parliament" in yellow(report), yellow(report)
