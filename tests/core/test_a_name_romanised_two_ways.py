"""A fact-checker compares two wire reports that quote "Sergei Volkov" and "Sergey Volkov", or a
governor "Heidar Rostami" and "Heydar Rostami": one man, his name romanised by two agencies'
systems, which no one would correct. The reports agree on him. An English name spelt two ways
("Kathy" / "Kathi") and a German family name ("Meier" / "Meyer") stay a spelling to check."""

from desktop.core.model import MentionType
from tests.factories import agreed_texts, compare_stories, conflict_texts


def test_a_russian_given_name_with_i_or_y_for_its_glide_is_one_name_agreed() -> None:
    report = compare_stories(
        "Russian envoy Sergei Volkov said the talks would resume on Monday in Geneva.",
        "Russian envoy Sergey Volkov told reporters the talks would resume on Monday in Geneva.",
    )
    assert conflict_texts(report) == []
    assert ({"Sergei Volkov"}, {"Sergey Volkov"}) in agreed_texts(report, MentionType.PERSON)


def test_a_persian_given_name_romanised_two_ways_is_no_spelling_conflict() -> None:
    report = compare_stories(
        "Floods hit Gilan province on Sunday, governor Heidar Rostami said. Rostami said 40 "
        "homes were damaged.",
        "Floods swept Gilan province on Sunday, said governor Heydar Rostami. Forty homes were "
        "damaged, Rostami said.",
    )
    assert conflict_texts(report) == []


def test_mohammed_and_muhammad_are_one_name_in_two_systems() -> None:
    report = compare_stories(
        "The minister, Mohammed Haddad, opened the new bridge in Amman on Tuesday.",
        "The minister, Muhammad Haddad, opened the bridge in Amman on Tuesday.",
    )
    assert conflict_texts(report) == []


def test_a_russian_surname_ending_in_iy_or_y_is_one_name() -> None:
    report = compare_stories(
        "President Volodymyr Zelenskiy said the talks would resume on Monday in Geneva.",
        "President Volodymyr Zelensky said the talks would resume on Monday in Geneva.",
    )
    assert conflict_texts(report) == []


def test_an_english_given_name_spelt_two_ways_stays_a_spelling_conflict() -> None:
    report = compare_stories(
        "The driver, Kathy Albrecht, 52, was taken to hospital after the crash on Monday.",
        "The driver, Kathi Albrecht, 52, was taken to hospital after Monday's crash.",
    )
    assert conflict_texts(report) == [({"Kathy Albrecht"}, {"Kathi Albrecht"})]


def test_a_german_surname_with_ei_or_ey_stays_a_spelling_conflict() -> None:
    report = compare_stories(
        "The spokesman, Hans Meier, said the plant would close on Monday.",
        "The spokesman, Hans Meyer, said the plant would close on Monday.",
    )
    assert conflict_texts(report) == [({"Hans Meier"}, {"Hans Meyer"})]
