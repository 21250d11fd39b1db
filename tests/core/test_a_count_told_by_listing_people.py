"""A count of people against the people the other article lists one by one under the same verb:
"Three others were treated and released" / "A 22-year-old woman and a 30-year-old man were
treated and released" tells two, a conflict whose reason says the count may have changed between
the two reports; "Two others" agrees. A list under another verb, a count beside it, or a list
that is not the clause's whole subject is no count (hand-written texts)."""

from __future__ import annotations

from desktop.core.model import FindingKind
from tests.factories import agreed_texts, compare_stories, conflict_texts, yellow

_LEFT = (
    "Police said four people were shot outside a bar on Main Street early Saturday. One man "
    "died at the scene. {} were treated and released from County General Hospital."
)
_RIGHT = (
    "Four people were shot outside a Main Street bar early Saturday, police said. One man died "
    "at the scene. {} were {} from County General Hospital."
)
_LISTED = "A 22-year-old woman and a 30-year-old man"


def test_three_treated_against_two_people_listed_as_treated_is_a_conflict() -> None:
    report = compare_stories(
        _LEFT.format("Three others"), _RIGHT.format(_LISTED, "treated and released")
    )
    assert ({"Three"}, {_LISTED}) in conflict_texts(report), conflict_texts(report)
    found = next(f for f in report.findings if f.kind is FindingKind.CONFLICT)
    assert "unless the count changed" in found.reason, found.reason
    already = _LEFT.replace("were treated", "have already been treated")
    report = compare_stories(
        already.format("three others"), _RIGHT.format(_LISTED, "treated and released")
    )
    assert ({"three"}, {_LISTED}) in conflict_texts(report), conflict_texts(report)


def test_two_treated_against_two_people_listed_as_treated_agree() -> None:
    report = compare_stories(
        _LEFT.format("Two others"), _RIGHT.format(_LISTED, "treated and released")
    )
    assert not conflict_texts(report), conflict_texts(report)
    assert ({"Two"}, {_LISTED}) in agreed_texts(report), agreed_texts(report)
    assert "Two" not in yellow(report), yellow(report)


def test_a_list_under_another_verb_counts_nothing_the_count_tells() -> None:
    report = compare_stories(_LEFT.format("Three others"), _RIGHT.format(_LISTED, "discharged"))
    assert not conflict_texts(report), conflict_texts(report)


def test_a_person_and_a_counted_group_make_one_list() -> None:
    """ "A woman and two children" are three: no clash of "two" with "Three people"."""
    left = (
        "Police said three people were shot near a school in Eastwood on Monday. Three people "
        "were taken to St. Luke's Hospital."
    )
    right = (
        "Three people were shot near an Eastwood school Monday, police said. A woman and two "
        "children were taken to St. Luke's Hospital."
    )
    assert not conflict_texts(compare_stories(left, right))
    clash = right.replace("A woman and two children", "A woman and her son")
    assert ({"Three"}, {"A woman and her son"}) in conflict_texts(compare_stories(left, clash))


def test_a_list_set_off_after_a_count_is_no_count_of_its_own() -> None:
    """ "Two people, a man and a woman, were shot": the numeral counts; the list restates it."""
    left = "Three people were shot inside a home on Birch Lane late Tuesday, police said."
    right = (
        "Two people, a man and a woman, were shot inside a Birch Lane home late Tuesday, police "
        "said."
    )
    marked = [r for _, rs in conflict_texts(compare_stories(left, right)) for r in rs]
    assert not any("a man and a woman" in r for r in marked), marked
