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
