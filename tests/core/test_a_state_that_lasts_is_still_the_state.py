""" "14 remain missing" / "eight others are missing": "remain" only says the state lasts; both
figures count the missing, and they clash. The same count in other words agrees."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

FLOOD = (
    "Flood\n\nFloods in Kerala killed 20 people on Sunday and 14 remain missing, officials said.\n"
)


def test_fourteen_who_remain_missing_are_not_eight_who_are_missing() -> None:
    report = compare_stories(
        FLOOD,
        "Flood\n\nTwenty people died in floods in Kerala on Sunday, and eight others are missing, "
        "officials said.\n",
    )
    assert ({"14"}, {"eight"}) in conflict_texts(report)


def test_fourteen_missing_told_again_is_no_conflict() -> None:
    report = compare_stories(
        FLOOD,
        "Flood\n\nTwenty people died in floods in Kerala on Sunday, and 14 others are missing, "
        "officials said.\n",
    )
    assert conflict_texts(report) == []
