"""Riots run for a week. One article counts one day's arrests ("86 arrests over the course of
Saturday's protests"), the other the arrests over the whole unrest ("more than 400 detained
over the unrest"): the day is part of the unrest, so the two are no conflict. Twins that must
still clash: a day's count larger than the whole's, and a quake's toll on its day against its
toll told later ("so far" spans no days; hand-written texts)."""

from __future__ import annotations

from desktop.core.model import FindingKind
from tests.factories import compare_stories

_DAY = (
    "Riot police fired tear gas at stone-throwing youths in the capital for a seventh night. "
    "Shops and banks were set on fire in the old town. Police said they made {} arrests over "
    "the course of Saturday's protests."
)
_WHOLE = (
    "The government appealed for calm after a week of rioting in the capital. Dozens of shops "
    "have been looted, and {} protesters have been detained over the unrest, officials said."
)


def _conflicts(left: str, right: str) -> list[tuple[str, str]]:
    report = compare_stories(left, right)
    return [
        (" ".join(s.text for s in f.left), " ".join(s.text for s in f.right))
        for f in report.findings
        if f.kind is FindingKind.CONFLICT
    ]


def test_one_days_arrests_under_the_unrests_total_are_no_conflict() -> None:
    assert _conflicts(_DAY.format("86"), _WHOLE.format("more than 400")) == []


def test_the_whole_unrests_total_on_the_left_is_no_conflict_either() -> None:
    assert _conflicts(_WHOLE.format("more than 400"), _DAY.format("86")) == []


def test_a_days_count_above_the_unrests_total_still_clashes() -> None:
    conflicts = _conflicts(_DAY.format("150"), _WHOLE.format("120"))
    assert [c for c in conflicts if c == ("150", "120")], conflicts


def test_a_quakes_toll_on_its_day_against_its_toll_so_far_still_clashes() -> None:
    left = "An earthquake struck the island on Sunday. Three people were killed on Sunday."
    right = "An earthquake struck the island on Sunday. Ten people have been killed so far."
    conflicts = _conflicts(left, right)
    assert [c for c in conflicts if c == ("Three", "Ten")], conflicts


def test_a_running_count_since_a_day_is_no_days_count() -> None:
    left = _DAY.replace("over the course of Saturday's protests", "since Saturday's protests")
    conflicts = _conflicts(left.format("86"), _WHOLE.format("120"))
    assert [c for c in conflicts if c == ("86", "120")], conflicts
