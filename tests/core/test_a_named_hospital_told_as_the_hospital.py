"""A hospital one article names and the other calls "the hospital" in the sentence telling the
same step: "was rushed to Eastwood General Hospital in critical condition" / "was taken to the
hospital in critical condition". The other article tells where the victim was taken; the name is
no place it "does not mention". An article that names a hospital of its own (perhaps another
one), or says nothing of a hospital, leaves the name marked (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_stories, yellow

LEFT = (
    "A gunman opened fire outside a bar in Eastwood early Sunday, wounding a 24-year-old man. "
    "The man was rushed to Eastwood General Hospital in critical condition."
)


def _right(taken: str) -> str:
    return (
        "A 24-year-old man was wounded in a shooting outside a Eastwood bar on Sunday. "
        f"He was {taken} in critical condition, police said."
    )


def test_a_named_hospital_is_told_by_the_hospital_the_victim_was_taken_to() -> None:
    report = compare_stories(LEFT, _right("taken to the hospital"))
    assert "Eastwood General Hospital" not in yellow(report), report.findings


def test_a_named_hospital_is_told_by_a_victim_hospitalized() -> None:
    report = compare_stories(LEFT, _right("hospitalized"))
    assert "Eastwood General Hospital" not in yellow(report), report.findings


def test_a_named_hospital_stays_marked_beside_another_named_hospital() -> None:
    report = compare_stories(LEFT, _right("taken to Harlow Medical Center"))
    assert "Eastwood General Hospital" in yellow(report), report.findings


def test_a_named_hospital_stays_marked_where_the_other_tells_no_hospital() -> None:
    report = compare_stories(LEFT, _right("listed"))
    assert "Eastwood General Hospital" in yellow(report), report.findings


def test_a_named_hospital_is_told_by_a_death_at_the_hospital_in_an_unaligned_sentence() -> None:
    left = (
        "A man was shot while sitting in a parked car in Eastwood on Sunday. Detectives believe "
        "he knew the gunman. The victim died after surgery at Harlow Medical Center, a police "
        "spokesman said."
    )
    right = (
        "Eastwood police are looking for the gunman who opened fire on a parked car Sunday. "
        "Neighbors said the victim had two young daughters and coached youth football; he died "
        "at the hospital hours later."
    )
    report = compare_stories(left, right)
    assert "Harlow Medical Center" not in yellow(report), report.findings


def test_a_named_hospital_stays_marked_beside_another_victims_hospital() -> None:
    left = (
        "A boy and a girl were shot outside a school in Eastwood on Sunday. The boy underwent "
        "surgery at Harlow Medical Center and was last reported in critical condition."
    )
    right = (
        "Two children were shot outside an Eastwood school on Sunday. The girl was rushed to a "
        "hospital but was dead on arrival."
    )
    report = compare_stories(left, right)
    assert "Harlow Medical Center" in yellow(report), report.findings
