"""The school before a student both articles tell of ("The Horn Lake High School student was
rushed to the Regional Medical Center") tells where she studies: a fact the other article lacks,
which keeps its yellow mark although the sentence agrees with the other's "was flown to the
hospital". Twin: a nationality in such a description ("the Ukrainian champion") still says who
the named person is and takes no mark (test_descriptors_of_told_people.py)."""

from __future__ import annotations

from tests.factories import compare_stories, yellow

LEFT = (
    "A man shot his 16-year-old daughter, Mya Verner, in Horn Lake on Sunday, police said. "
    "Mya Verner was flown to the hospital in critical condition."
)
RIGHT = (
    "Police said Mya Verner, 16, was shot by her father in Horn Lake on Sunday. "
    "The Lakeview High School student was rushed to the Regional Medical Center in critical "
    "condition."
)


def test_a_students_school_is_a_fact_the_other_article_lacks() -> None:
    marks = yellow(compare_stories(LEFT, RIGHT))
    assert "Lakeview High School" in marks, marks
