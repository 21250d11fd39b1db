"""A length of time told in months by one article and in years by the other is still one length:
"sentenced to 18 months of probation" / "received two years of probation" (invented stories).
The unit is the writer's choice; the two lengths of one probation clash. A second length in the
same sentence, or lengths of two things (a license lost, a year in jail), stay silent."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts

OPENING = (
    "A jury in Harlow convicted Tom Reddick of stealing from his employer on Tuesday, "
    "and a judge will sentence him next month. "
)


def test_a_probation_in_months_and_in_years_is_a_conflict() -> None:
    left = (
        OPENING + "In 2009 Reddick was sentenced to 18 months of probation for writing bad checks."
    )
    right = OPENING + "Records show Reddick received two years of probation in 2009 for bad checks."
    assert conflict_texts(compare_texts(left, right)) == [({"18 months"}, {"two years"})]


def test_a_license_lost_for_months_and_for_a_year_is_a_conflict() -> None:
    left = (
        OPENING
        + "Reddick was convicted of drunk driving in 2017 and lost his license for six months."
    )
    right = OPENING + "After a 2017 drunk driving conviction, his license was suspended for a year."
    assert conflict_texts(compare_texts(left, right)) == [({"six months"}, {"a year"})]


def test_a_second_length_in_the_sentence_is_no_lone_length() -> None:
    # The left gives the term and the time served: neither is the sentence's one length.
    left = (
        OPENING
        + "In 2009 Reddick was sentenced to two years of probation and served 18 months of it."
    )
    right = OPENING + "Records show Reddick received two years of probation in 2009 for bad checks."
    assert conflict_texts(compare_texts(left, right)) == []


def test_lengths_of_two_things_in_two_units_are_no_conflict() -> None:
    # Six months without a license and a year in jail: two lengths, nothing lasting in both.
    left = (
        OPENING
        + "In 2017 Reddick lost his license for six months after a drunk driving conviction."
    )
    right = OPENING + "In 2017 Reddick spent a year in jail after a drunk driving conviction."
    assert conflict_texts(compare_texts(left, right)) == []
