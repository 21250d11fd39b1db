"""One rule change, unveiled in August by one article's account and proposed in May by the
other's, is a conflict about when it was put forward; the same proposal dated May by both is
none."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

LEFT = (
    "Bush team eases endangered species rule\n\n"
    "The Interior Department on Thursday finalised changes to the Endangered Species Act. "
    "Hall said the agency pushed through the rule change, which was unveiled in {month}, too "
    "quickly."
)
RIGHT = (
    "Endangered species rules loosened\n\n"
    "The Interior Department on Thursday made final the changes to the Endangered Species Act. "
    "The department proposed the new regulations in May and has since received 300,000 comments "
    "on the changes."
)


def test_one_proposal_dated_to_two_months_is_a_conflict() -> None:
    report = compare_stories(LEFT.format(month="August"), RIGHT)

    assert ({"August"}, {"May"}) in conflict_texts(report)


def test_the_same_proposal_dated_to_one_month_by_both_is_no_conflict() -> None:
    report = compare_stories(LEFT.format(month="May"), RIGHT)

    assert conflict_texts(report) == []
