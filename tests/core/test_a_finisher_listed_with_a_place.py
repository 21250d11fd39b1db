"""A race result that lists a finisher in a "with" phrase ("Verstappen won, with Leclerc
fifth") gives that finisher's place as "Leclerc finished fifth" does."""

from tests.factories import compare_texts, conflict_texts


def test_finished_third_against_with_leclerc_fifth_is_a_conflict() -> None:
    report = compare_texts(
        "Leclerc finished third, behind Verstappen and Norris.",
        "Verstappen won ahead of Norris, with Leclerc fifth.",
    )
    assert conflict_texts(report) == [({"third"}, {"fifth"})]


def test_finished_third_and_with_leclerc_third_agree() -> None:
    report = compare_texts(
        "Leclerc finished third, behind Verstappen and Norris.",
        "Verstappen won ahead of Norris, with Leclerc third.",
    )
    assert conflict_texts(report) == []


def test_an_ordinal_with_words_after_a_with_phrase_ranks_those_words() -> None:
    report = compare_texts("He finished third.", "He played with his brother in the third round.")
    assert conflict_texts(report) == []
