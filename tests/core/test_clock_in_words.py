"""A clock time written in words ("nine in the morning") is the same time as "9 a.m.", and "late
Thursday" is Thursday night: neither article is shown alone with it (hand-written texts)."""

from __future__ import annotations

from desktop.core.compare import compare_documents
from desktop.core.datetimes.clock import parse_time
from desktop.core.model import Document, FindingKind


def test_hours_written_as_words_read_as_clock_times() -> None:
    assert parse_time("at nine in the morning") == "09:00"
    assert parse_time("Ten in the evening") == "22:00"
    assert parse_time("one of them") is None


def test_nine_am_and_nine_in_the_morning_agree_without_a_yellow_mark() -> None:
    report = compare_documents(
        Document(
            source="left.txt",
            text="Mine blast\n\nThe blast happened at 9 a.m. on Monday, the company said.",
        ),
        Document(
            source="right.txt",
            text="Mine blast\n\nThe company said the blast happened at nine in the morning on Monday.",
        ),
    )
    one_sided = [
        f for f in report.findings if f.kind in (FindingKind.LEFT_ONLY, FindingKind.RIGHT_ONLY)
    ]
    assert one_sided == []


def test_late_thursday_tells_thursday_night() -> None:
    report = compare_documents(
        Document(
            source="left.txt",
            text="Warehouse fire\n\nThe fire broke out on Thursday night at a warehouse in Leeds.",
        ),
        Document(
            source="right.txt",
            text="Warehouse fire\n\nThe fire broke out late Thursday at a warehouse in Leeds.",
        ),
    )
    one_sided = [
        f for f in report.findings if f.kind in (FindingKind.LEFT_ONLY, FindingKind.RIGHT_ONLY)
    ]
    assert one_sided == []
