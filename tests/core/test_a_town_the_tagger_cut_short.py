"""A town whose name the tagger cut short ("Merthyr" of "Merthyr Tydfil") is the whole town the
gazetteer knows, so "south Wales" holds it; a name that runs on into no known place stays as the
tagger read it."""

from tests.factories import compare_texts, conflict_texts, place_conflicts


def test_a_welsh_town_of_two_words_lies_in_wales() -> None:
    report = compare_texts(
        "Flooding hit Merthyr Tydfil on Monday, forcing 200 people from their homes.",
        "Flooding hit south Wales on Monday, forcing 200 people from their homes.",
    )
    assert conflict_texts(report) == []


def test_the_whole_town_is_set_against_another_town() -> None:
    report = compare_texts(
        "Flooding hit Merthyr Tydfil on Monday, forcing 200 people from their homes.",
        "Flooding hit Swansea on Monday, forcing 200 people from their homes.",
    )
    assert place_conflicts(report) == [({"Merthyr Tydfil"}, {"Swansea"})]


def test_a_town_of_hyphened_words_is_one_town() -> None:
    report = compare_texts(
        "A fire at a factory in Ashton-under-Lyne injured 4 workers on Tuesday.",
        "A fire at a factory in Oldham injured 4 workers on Tuesday.",
    )
    assert place_conflicts(report) == [({"Ashton-under-Lyne"}, {"Oldham"})]


def test_a_town_before_a_clubs_name_is_not_widened_into_the_club() -> None:
    report = compare_texts(
        "Leeds United fans marched through Leeds on Monday after the club was sold.",
        "Leeds United fans marched through Bradford on Monday after the club was sold.",
    )
    assert place_conflicts(report) == [({"Leeds"}, {"Bradford"})]
