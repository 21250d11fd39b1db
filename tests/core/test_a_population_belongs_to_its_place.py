"""A population figure belongs to the place it is of, in or home to: the capital's people and the
country's are two figures, never one told twice. Two figures of one place still clash."""

from tests.factories import compare_texts, conflict_texts


def test_the_capitals_people_are_not_set_against_the_countrys() -> None:
    report = compare_texts(
        "The storm hit Algeria on Sunday. The capital's 4.5 million residents were told to stay "
        "home.",
        "The storm hit Algeria on Sunday. The country's 38 million residents were told to stay "
        "home.",
    )
    assert conflict_texts(report) == []


def test_the_people_living_in_a_city_are_not_those_living_in_its_country() -> None:
    report = compare_texts(
        "A strong earthquake shook Peru on Monday. About 9 million people live in Lima.",
        "A strong earthquake shook Peru on Monday. About 33 million people live in Peru.",
    )
    assert conflict_texts(report) == []


def test_a_citys_population_is_not_its_countrys() -> None:
    report = compare_texts(
        "The storm hit Algeria on Sunday. Algiers has a population of 4.5 million.",
        "The storm hit Algeria on Sunday. Algeria has a population of 38 million.",
    )
    assert conflict_texts(report) == []


def test_two_populations_of_one_city_clash() -> None:
    report = compare_texts(
        "Cholera spread in Haiti on Friday. The population of Port-au-Prince is 3 million.",
        "Cholera spread in Haiti on Friday. The population of Port-au-Prince is 2.5 million.",
    )
    assert conflict_texts(report) == [({"3 million"}, {"2.5 million"})]


def test_a_named_city_and_the_capital_may_be_one_place() -> None:
    report = compare_texts(
        "The storm hit Algeria on Sunday. Algiers has a population of 4.5 million.",
        "The storm hit Algeria on Sunday. The capital has a population of 3 million.",
    )
    assert conflict_texts(report) == [({"4.5 million"}, {"3 million"})]
