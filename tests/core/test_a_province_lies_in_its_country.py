"""A state, province or governorate abroad lies in its country, as a town does: "a landslide in
Himachal Pradesh" and "a landslide in northern India" name one place at two precisions. Two
provinces of one country stay two places, and so do a town and a division the data puts
elsewhere."""

from desktop.core.locations.places import is_known_place, within
from tests.factories import compare_texts, conflict_texts, place_conflicts


def test_an_indian_state_and_its_country_are_one_place_at_two_precisions() -> None:
    report = compare_texts(
        "A landslide in Himachal Pradesh killed 12 people on Sunday. Rescue teams were sent.",
        "A landslide in northern India killed 12 people on Sunday. Rescue teams were sent.",
    )
    assert conflict_texts(report) == []


def test_a_province_named_with_its_kind_lies_in_its_country() -> None:
    report = compare_texts(
        "An earthquake struck Kermanshah province on Sunday, killing 400 people.",
        "An earthquake struck western Iran on Sunday, killing 400 people.",
    )
    assert place_conflicts(report) == []
    assert within("the province of Helmand", "Afghanistan")


def test_two_states_of_one_country_stay_two_places() -> None:
    report = compare_texts(
        "A bus fell into a gorge in Uttar Pradesh on Friday, killing 25 people.",
        "A bus fell into a gorge in Madhya Pradesh on Friday, killing 25 people.",
    )
    assert place_conflicts(report) == [({"Uttar Pradesh"}, {"Madhya Pradesh"})]


def test_a_welsh_town_lies_in_wales_but_not_in_england() -> None:
    assert within("Merthyr Tydfil", "Wales")
    assert within("Merthyr Tydfil", "United Kingdom")
    assert not within("Merthyr Tydfil", "England")
    assert within("Wales", "United Kingdom")


def test_an_arabic_name_without_its_article_or_final_h_is_the_same_place() -> None:
    assert within("Baquba", "Iraq") and within("Hama", "Syria") and within("Anbar", "Iraq")
    # A form so short it is another word or a given name is no place: "Ad Dana" is not "Dana".
    assert not is_known_place("Dana") and not is_known_place("Ana")
