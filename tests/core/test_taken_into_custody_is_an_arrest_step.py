""" "Taken into custody" is an arrest told in a police report's words: the day it stands beside
dates that later step, as "arrested Monday" does, never the shooting. So an arrest on Monday in
one article and "taken into custody Wednesday" in the other are two days for one step, a
conflict, where the custody day was set apart as the shooting's. Twins: the same day agrees, and
"taken into custody Monday" never clashes with a shooting on Sunday."""

from __future__ import annotations

from desktop.core.model import MentionType
from tests.factories import compare_stories, conflict_texts, day_conflicts

LEAD = "A 45-year-old woman was charged in the shooting of her neighbor on Elm Drive. "


def test_arrested_monday_and_taken_into_custody_wednesday_conflict() -> None:
    report = compare_stories(
        LEAD + "The woman was arrested Monday at her home, police said.",
        LEAD + "The woman was taken into custody Wednesday at her home, police said.",
    )
    assert ({"Monday"}, {"Wednesday"}) in day_conflicts(report), report.findings


def test_arrested_and_taken_into_custody_on_one_day_agree() -> None:
    report = compare_stories(
        LEAD + "The woman was arrested Monday at her home, police said.",
        LEAD + "The woman was taken into custody Monday at her home, police said.",
    )
    assert conflict_texts(report) == [], conflict_texts(report)


def test_custody_monday_never_clashes_with_a_shooting_sunday() -> None:
    report = compare_stories(
        LEAD + "The neighbor was shot Sunday. The woman was arrested Monday.",
        LEAD + "The neighbor was shot Sunday and the woman was taken into custody Monday.",
    )
    assert day_conflicts(report) == [], day_conflicts(report)
    assert not [f for f in report.findings if f.type is MentionType.DATE and f.is_statement]
