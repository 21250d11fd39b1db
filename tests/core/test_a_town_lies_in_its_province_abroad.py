"""A town abroad and the province, state or region it lies in are one place at two precisions:
"in Munich" / "in Bavaria", "in Mosul" / "in Nineveh province", "in Wuhan" / "in Hubei Province".
GeoNames numbers most countries' divisions with codes of its own, so the gazetteer takes each
division's name from GeoNames' list and writes it bare of its kind ("Sichuan", not "Sichuan
Sheng"). A town and another province stay two places."""

from __future__ import annotations

from desktop.core.locations import places
from tests.factories import compare_texts, place_conflicts, yellow

FIRE = (
    "A fire destroyed a timber warehouse in {}. Nobody was hurt, police said. The damage was "
    "put at five million euros."
)
BOMB = (
    "A car bomb exploded near a market in {} on Tuesday, killing nine people. No group said it "
    "was behind the attack."
)
FLOOD = (
    "Floodwaters rose in {} on Thursday, forcing 50,000 people from their homes. Officials "
    "warned more rain was coming."
)
BLAST = (
    "A gas cylinder exploded at a wedding hall in {} on Saturday evening. Eleven guests were "
    "killed."
)


def test_a_german_city_and_its_state_are_one_place() -> None:
    report = compare_texts(FIRE.format("Munich"), FIRE.format("Bavaria"))
    assert place_conflicts(report) == []


def test_a_german_city_and_another_state_still_conflict() -> None:
    report = compare_texts(FIRE.format("Munich"), FIRE.format("Saxony"))
    assert place_conflicts(report) == [({"Munich"}, {"Saxony"})]


def test_an_iraqi_city_and_its_governorate_told_as_a_province_are_one_place() -> None:
    report = compare_texts(BOMB.format("Mosul"), BOMB.format("Nineveh province"))
    assert place_conflicts(report) == []


def test_an_iraqi_city_and_another_province_still_conflict() -> None:
    report = compare_texts(BOMB.format("Mosul"), BOMB.format("Basra province"))
    assert place_conflicts(report) != []


def test_a_chinese_city_and_its_province_are_one_place() -> None:
    report = compare_texts(FLOOD.format("Wuhan"), FLOOD.format("Hubei Province"))
    assert place_conflicts(report) == []


def test_a_chinese_city_and_a_neighbouring_province_still_conflict() -> None:
    report = compare_texts(FLOOD.format("Wuhan"), FLOOD.format("Hunan Province"))
    assert place_conflicts(report) == [({"Wuhan"}, {"Hunan Province"})]


def test_an_indian_city_the_tagger_missed_agrees_with_its_state() -> None:
    report = compare_texts(BLAST.format("Bhopal"), BLAST.format("Madhya Pradesh"))
    assert place_conflicts(report) == []
    assert "Bhopal" not in yellow(report)


def test_an_indian_city_and_another_state_still_conflict() -> None:
    report = compare_texts(BLAST.format("Bhopal"), BLAST.format("Uttar Pradesh"))
    assert place_conflicts(report) == [({"Bhopal"}, {"Uttar Pradesh"})]


def test_a_division_is_found_under_the_noun_of_its_kind() -> None:
    assert places.within("Chengdu", "Sichuan province")
    assert places.within("Kramatorsk", "the Donetsk region")
    assert places.within("Kramatorsk", "Donetsk Oblast")
    assert places.within("Ramadi", "Anbar")
    assert places.within("Sendai", "Miyagi prefecture")


def test_a_town_is_not_in_another_division_of_its_country() -> None:
    assert not places.within("Chengdu", "Yunnan province")
    assert not places.within("Kramatorsk", "the Kharkiv region")
    assert not places.within("Lahore", "Sindh")
