"""A toll in a relative clause hung on an earlier date, "the disaster in December 2003, in which
more than 31,000 people were killed": the date is the clause's antecedent, so the toll is that
earlier quake's, and meets the other article's toll of the same quake (hand-written texts, dated
7 May 2024)."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts, yellow

LEFT = (
    "An earthquake struck southern Iran on Sunday, killing 10 people. Rescue teams reached the "
    "villages by night. The region is prone to quakes. A quake killed more than 26,000 people in "
    "the city of Bam in December 2003."
)


def _remembered(toll: str) -> str:
    return (
        "An earthquake hit southern Iran on Sunday and killed 10 people. Rescuers reached the "
        "villages at night. Iranians still remember the disaster in December 2003, in which more "
        f"than {toll} people were killed in the city of Bam."
    )


def test_two_tolls_of_the_earlier_quake_are_a_conflict_of_two_floors() -> None:
    report = compare_stories(LEFT, _remembered("31,000"))
    assert conflict_texts(report) == [({"more than 26,000"}, {"more than 31,000"})]


def test_the_same_toll_of_the_earlier_quake_agrees() -> None:
    report = compare_stories(LEFT, _remembered("26,000"))
    assert not conflict_texts(report)
    assert not yellow(report)
