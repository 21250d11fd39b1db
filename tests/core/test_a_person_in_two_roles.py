"""One named person given two roles that part, in the words around the name: a student is no
teacher, an assistant coach not the coach; "an official" and "the mayor", or "a gun" and "a
pistol" of roles, are one role told at two precisions (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_stories as compare
from tests.factories import conflict_texts

HEADLINE = "Man hurt in crash near school\n\n"


def test_a_student_is_not_an_unemployed_man() -> None:
    left = HEADLINE + (
        "Daniel Okafor, a 19-year-old student, was driving south on Route 9 on Tuesday. "
        "Okafor was taken to a hospital with minor injuries."
    )
    right = HEADLINE + (
        "The driver, Daniel Okafor, an unemployed man from Dover, lost control of his car on "
        "Tuesday. Okafor was treated at a hospital."
    )
    assert ({"a 19-year-old student"}, {"an unemployed man"}) in conflict_texts(
        compare(left, right)
    )


def test_an_assistant_coach_is_not_the_coach() -> None:
    left = HEADLINE + (
        "Assistant coach Mark Delaney was driving the team bus on Tuesday when it left the road."
    )
    right = HEADLINE + (
        "Coach Mark Delaney was driving the team bus on Tuesday when it left the road, police said."
    )
    assert ({"Assistant coach"}, {"Coach"}) in conflict_texts(compare(left, right))


def test_a_sergeant_is_not_a_lieutenant() -> None:
    left = HEADLINE + "Sgt. Ann Cole said the driver was not wearing a seat belt on Tuesday."
    right = HEADLINE + "Lt. Ann Cole said the driver was not wearing a seat belt on Tuesday."
    assert ({"Sgt."}, {"Lt."}) in conflict_texts(compare(left, right))


def test_the_head_coach_is_the_coach() -> None:
    left = HEADLINE + "Head coach Mark Delaney was driving the team bus on Tuesday."
    right = HEADLINE + "Coach Mark Delaney was driving the team bus on Tuesday, police said."
    assert conflict_texts(compare(left, right)) == []


def test_an_official_may_be_the_mayor() -> None:
    left = HEADLINE + "Ruth Ames, a city official, said the road would reopen on Tuesday."
    right = HEADLINE + "Ruth Ames, the mayor, said the road would reopen on Tuesday."
    assert conflict_texts(compare(left, right)) == []


def test_a_former_teacher_may_be_a_student_now() -> None:
    left = HEADLINE + "Paul Brandt, a former teacher, was driving the car on Tuesday."
    right = HEADLINE + "Paul Brandt, a student, was driving the car on Tuesday, police said."
    assert conflict_texts(compare(left, right)) == []


def test_a_person_the_other_article_also_calls_by_the_role_holds_both() -> None:
    left = HEADLINE + "Paul Brandt, a teacher, was driving the car on Tuesday."
    right = HEADLINE + (
        "Paul Brandt, a nurse, was driving the car on Tuesday. Brandt, who trained as a "
        "teacher, was not hurt."
    )
    assert conflict_texts(compare(left, right)) == []


def test_two_people_of_one_surname_keep_their_roles() -> None:
    left = HEADLINE + "Paul Brandt, a teacher, was driving the car on Tuesday."
    right = HEADLINE + (
        "Anna Brandt, a nurse, was driving the car on Tuesday. Her husband Paul Brandt was "
        "not hurt."
    )
    assert conflict_texts(compare(left, right)) == []


def test_an_unnamed_person_of_one_age_in_two_roles() -> None:
    left = HEADLINE + "A 19-year-old student was hurt when his car hit a tree on Route 9 Tuesday."
    right = HEADLINE + (
        "A 19-year-old unemployed man was hurt when his car hit a tree on Route 9 Tuesday."
    )
    assert ({"student"}, {"unemployed man"}) in conflict_texts(compare(left, right))


def test_an_unnamed_person_told_more_generally_keeps_one_role() -> None:
    left = HEADLINE + "A 19-year-old student was hurt when his car hit a tree on Route 9 Tuesday."
    right = HEADLINE + "A 19-year-old man was hurt when his car hit a tree on Route 9 Tuesday."
    assert conflict_texts(compare(left, right)) == []


def test_a_deputy_post_told_before_the_name_and_after_it_agrees() -> None:
    left = HEADLINE + (
        "The club named Rita Vance, its assistant general manager, to run the team on Tuesday."
    )
    right = (
        HEADLINE + "The club named assistant general manager Rita Vance to run the team Tuesday."
    )
    assert conflict_texts(compare(left, right)) == []
