"""A former employee who is arrested is the suspect, and his age is his age now: "police have
arrested a 61-year-old former employee" / "A 65-year-old man is charged with murder" give the
one suspect two ages. A former employee who was shot is a victim, whose age is no suspect's."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

_RIGHT = (
    "Man charged in party shooting\n\n"
    "A 65-year-old man is charged with first-degree murder in a deadly office Christmas party "
    "shooting in Vancouver.\n"
)


def test_the_ages_of_an_arrested_former_employee_and_a_charged_man_conflict() -> None:
    report = compare_stories(
        "Christmas party shooting\n\n"
        "Vancouver police have arrested a 61-year-old former employee after the shooting at a "
        "health product store.\n",
        _RIGHT,
    )
    assert ({"61-year-old"}, {"65-year-old"}) in conflict_texts(report)


def test_a_former_employee_who_was_shot_is_no_suspect() -> None:
    report = compare_stories(
        "Christmas party shooting\n\n"
        "A 61-year-old former employee was shot dead at the party in a health product store.\n",
        _RIGHT,
    )
    assert not any("61-year-old" in left for left, _ in conflict_texts(report))
