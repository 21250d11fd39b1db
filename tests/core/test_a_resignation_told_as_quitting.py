"""Resigning and quitting are one deed, giving up a post: "Dr. Paul Grant, who resigned in March"
/ "since Paul Grant quit in April" date one resignation by two months, a conflict; the same month
agrees. Two people who gave up their posts in two months are two deeds."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts

_LEFT = (
    "President Harlan nominated Dr. Mira Osei to be surgeon general on Tuesday. Osei, 52, leads "
    "the state health department in Oregon. She would replace Dr. Paul Grant, who resigned in "
    "March."
)


def _right(who: str, month: str) -> str:
    return (
        "The White House on Tuesday named Mira Osei, a 52-year-old physician, as its choice for "
        f"surgeon general. The post has been vacant since {who} quit in {month}."
    )


def test_a_surgeon_general_who_resigned_in_march_did_not_quit_in_april() -> None:
    report = compare_texts(_LEFT, _right("Paul Grant", "April"))
    assert ({"March"}, {"April"}) in conflict_texts(report)


def test_a_surgeon_general_who_resigned_in_march_quit_in_march() -> None:
    report = compare_texts(_LEFT, _right("Paul Grant", "March"))
    assert conflict_texts(report) == []


def test_another_official_who_quit_in_april_is_another_resignation() -> None:
    report = compare_texts(_LEFT, _right("deputy Ann Lee", "April"))
    assert ({"March"}, {"April"}) not in conflict_texts(report)
