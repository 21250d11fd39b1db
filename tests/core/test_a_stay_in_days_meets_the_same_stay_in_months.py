"""A stay told in days and in months is one length on the day scale: "136 days" in jail is four
and a half months, which a writer may round to "four months" or "five months", never to "seven
months"."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

_HEADLINE = "Shooting suspect jailed\n\n"


def _stay(length: str) -> str:
    return f"{_HEADLINE}The suspect spent {length} in jail before his trial, police said.\n"


def test_136_days_and_seven_months_in_jail_conflict() -> None:
    report = compare_stories(_stay("136 days"), _stay("seven months"))
    assert ({"136 days"}, {"seven months"}) in conflict_texts(report)


def test_136_days_and_four_months_in_jail_agree() -> None:
    report = compare_stories(_stay("136 days"), _stay("four months"))
    assert conflict_texts(report) == []


def test_136_days_and_five_months_in_jail_leave_room_for_rounding() -> None:
    report = compare_stories(_stay("136 days"), _stay("five months"))
    assert conflict_texts(report) == []


def test_four_and_five_months_still_differ() -> None:
    report = compare_stories(_stay("four months"), _stay("five months"))
    assert ({"four months"}, {"five months"}) in conflict_texts(report)
