"""A relative day is found in running text the same way by both rules that count one from an
article's date (a weekday told by "today", a calendar day told by "yesterday"): in any capitals,
its longest wording whole (hand-written sentences)."""

from __future__ import annotations

from desktop.core.findings.datetimes.days_told.told_relative_days import RELATIVE_DAY_WORDS


def _found(text: str) -> list[str]:
    return [m.group(0) for m in RELATIVE_DAY_WORDS.finditer(text)]


def test_yesterday_at_a_sentence_start_and_last_night_whole_are_relative_days() -> None:
    assert _found("Yesterday police said the fire started last night.") == [
        "Yesterday",
        "last night",
    ]


def test_a_word_that_only_begins_like_one_is_no_relative_day() -> None:
    assert _found("Todays paper, and the yesterdays of the town.") == []
