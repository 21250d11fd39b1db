"""One predicate asserted of a participant in one article and denied of it in the other ("the
court overturned the ruling" / "the court has not overturned the ruling"), or two predicates
that cannot both hold of one participant ("acquitted" / "convicted", "open" / "closed"): a
conflict told in words. Hedges, modals, conditions, questions, plans, "not yet", "not only",
another participant, a distancing "claimed" and an article telling both sides stay silent
(hand-written texts)."""

from __future__ import annotations

import pytest

from tests.factories import compare_stories as compare
from tests.factories import conflict_texts

HEADLINE = "Court rules on harbour permit\n\n"
ASSERTED = "The appeals court overturned the harbour permit on Monday, its clerk said."


def _conflicts(left: str, right: str) -> list[tuple[set[str], set[str]]]:
    return conflict_texts(compare(HEADLINE + left, HEADLINE + right))


def _reasons(left: str, right: str) -> list[str]:
    report = compare(HEADLINE + left, HEADLINE + right)
    return [f.reason for f in report.findings if f.kind.value == "conflict"]


def test_a_ruling_overturned_is_not_a_ruling_left_standing() -> None:
    right = "The appeals court has not overturned the harbour permit, its clerk said on Monday."
    assert ({"overturned"}, {"has not overturned"}) in _conflicts(ASSERTED, right)


def test_the_reason_quotes_both_wordings_and_names_the_predicate() -> None:
    right = "The appeals court has not overturned the harbour permit, its clerk said on Monday."
    (reason,) = _reasons(ASSERTED, right)
    assert "'The appeals court overturned the harbour permit on Monday'" in reason
    assert "'The appeals court has not overturned the harbour permit'" in reason
    assert "'overturn'" in reason


def test_an_acquittal_is_not_a_conviction() -> None:
    left = "A jury acquitted Daniel Marsh of the harbour fraud on Friday."
    right = "Daniel Marsh was convicted of the harbour fraud by a jury on Friday."
    assert ({"acquitted"}, {"was convicted"}) in _conflicts(left, right)


def test_an_open_bridge_is_not_a_closed_one() -> None:
    left = "The harbour bridge is open to traffic after the court ruling on Monday."
    right = "The harbour bridge was closed to traffic after the court ruling on Monday."
    assert ({"is open"}, {"was closed"}) in _conflicts(left, right)


def test_the_administration_said_it_was_overturning_is_its_own_act() -> None:
    left = "The port authority said Monday it was overturning the harbour permit."
    right = "The port authority has reviewed the harbour permit but has not overturned it."
    assert ({"was overturning"}, {"has not overturned"}) in _conflicts(left, right)


@pytest.mark.parametrize(
    "right",
    [
        # a modal: a possibility, not a report
        "The appeals court may not overturn the harbour permit, its clerk said on Monday.",
        # a condition
        "If the appeals court does not overturn the harbour permit, its clerk said, work starts.",
        # a question put
        "Has the appeals court not overturned the harbour permit, its clerk asked on Monday?",
        # a plan
        "The appeals court plans to overturn the harbour permit, its clerk said on Monday.",
        # a moment denied: both may be true at different times
        "The appeals court has not yet overturned the harbour permit, its clerk said Monday.",
        # not only
        "The appeals court not only overturned the harbour permit, its clerk said on Monday.",
        # another participant: the council, not the court
        "The city council has not overturned the harbour permit, its clerk said on Monday.",
        # another object: the licence, not the permit
        "The appeals court has not overturned the fishing licence, its clerk said on Monday.",
        # a distancing verb: the lawyer's claim, not the article's
        "A lawyer claimed the appeals court had not overturned the harbour permit on Monday.",
    ],
)
def test_a_denial_that_is_no_denial_stays_silent(right: str) -> None:
    assert _reasons(ASSERTED, right) == []


def test_the_same_denial_told_plainly_is_a_conflict() -> None:
    """The twin of the silent cases: the same sentence with a plain "not" does conflict."""
    right = "The appeals court did not overturn the harbour permit, its clerk said on Monday."
    assert ({"overturned"}, {"did not overturn"}) in _conflicts(ASSERTED, right)


def test_an_article_telling_both_sides_sets_neither_against_the_other() -> None:
    left = (
        "Prosecutors said Daniel Marsh stole the harbour funds in March. "
        "Daniel Marsh denied that he stole the harbour funds in March."
    )
    right = "Daniel Marsh did not steal the harbour funds in March, his lawyer said."
    assert _reasons(left, right) == []


def test_a_denial_against_the_act_told_plainly_is_a_conflict() -> None:
    """The twin: the same denial against an article that tells only the act."""
    left = "Daniel Marsh stole the harbour funds in March, prosecutors said."
    right = "Daniel Marsh did not steal the harbour funds in March, prosecutors said."
    assert ({"stole"}, {"did not steal"}) in _conflicts(left, right)


def test_two_speakers_each_telling_one_side_set_the_speakers_apart() -> None:
    left = "Daniel Marsh stole the harbour funds in March, prosecutors said."
    right = "Daniel Marsh did not steal the harbour funds in March, his lawyer said."
    assert _reasons(left, right) == []


CLINIC = "Singer enters clinic\n\n"


def test_never_checked_into_the_clinic_she_checked_into() -> None:
    """A first name in one article, the surname in the other: one woman."""
    left = CLINIC + "Mara Quell checked into Harlow Clinic on Thursday morning, her father said."
    right = CLINIC + "Mara Quell is at home. Mara never checked into Harlow Clinic on Thursday."
    assert ({"checked"}, {"never checked"}) in conflict_texts(compare(left, right))


def test_never_checked_into_one_clinic_is_silent_on_another() -> None:
    """The twin: "into" leads to two clinics, so the two tell two acts."""
    left = CLINIC + "Mara Quell checked into Harlow Clinic on Thursday morning, her father said."
    right = CLINIC + "Mara Quell is at home. Mara never checked into Brisk House on Thursday."
    report = compare(left, right)
    assert [f.reason for f in report.findings if "predicate" in f.reason] == []


def test_two_speakers_each_telling_one_side_of_the_clinic_are_silent() -> None:
    """The twin: the father says she checked in, a friend that she never did."""
    left = CLINIC + "Mara Quell checked into Harlow Clinic on Thursday morning, her father said."
    right = CLINIC + "Mara Quell never checked into Harlow Clinic on Thursday, a friend said."
    report = compare(left, right)
    assert [f.reason for f in report.findings if "predicate" in f.reason] == []


@pytest.mark.parametrize(
    "left",
    [
        # a phrasal verb: checking out is not checking in
        "Mara Quell checked out of Harlow Clinic on Thursday morning, her father said.",
        # the writer's distance: what is alleged
        "Mara Quell allegedly checked into Harlow Clinic on Thursday morning.",
        # another time: what was so before
        "Mara Quell previously checked into Harlow Clinic on Thursday morning.",
    ],
)
def test_a_phrasal_verb_an_allegation_or_another_time_is_silent(left: str) -> None:
    """Twins of test_never_checked_into_the_clinic_she_checked_into."""
    right = CLINIC + "Mara Quell is at home. Mara never checked into Harlow Clinic on Thursday."
    report = compare(CLINIC + left, right)
    assert [f.reason for f in report.findings if "predicate" in f.reason] == []
