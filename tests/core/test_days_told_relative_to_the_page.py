"""A calendar day the other article gives relative to its own date is told there.

A report of 22 July says the supermarket "caught fire yesterday (July 21st)"; a report dated
21 July says crews were "this morning" called to it. Counted from each page's date, the two name
one day. A relative day that lands on another day tells nothing. In a piece with no date no
calendar places "yesterday": the sentence telling the same thing gives the day at its own
precision.
"""

from __future__ import annotations

from desktop.core.compare import compare_documents
from desktop.core.model import Document, Report
from tests.factories import conflict_texts
from tests.factories import marks_of as marks

_LEFT = (
    "Major fire at supermarket\n\n"
    "Fire crews from Tiverton and Cullompton were this morning called in to help fight a major "
    "blaze at the Waitrose supermarket in Wellington. Nobody was hurt."
)
_RIGHT = (
    "Waitrose in Wellington catches fire\n\n"
    "A Waitrose supermarket in a Somerset town caught fire yesterday (July 21st), causing "
    "substantial damage to the building's roof. Nobody was hurt."
)


def _compare(left_date: str) -> Report:
    return compare_documents(
        Document(source="left.txt", text=_LEFT, date=left_date),
        Document(source="right.txt", text=_RIGHT, date="2013-07-22"),
    )


def test_the_fire_of_july_21st_is_what_a_piece_of_that_day_says_broke_out_this_morning() -> None:
    assert not marks(_compare("2013-07-21"), "July 21st")


def test_this_morning_in_a_piece_of_another_day_is_not_july_21st() -> None:
    # "this morning" on a page of 24 July is that day: the leads date the fire three days apart.
    report = _compare("2013-07-24")
    assert marks(report, "July 21st") or any(
        "July 21st" in right for _left, right in conflict_texts(report)
    )


_UNDATED = (
    "Interior finalizes species rules\n\n"
    "The Interior Department {when} finalized rules changing the way it administers the "
    "Endangered Species Act, critics said. Environmental groups vowed to sue."
)


def test_rules_finalized_dec_11_are_those_an_undated_piece_says_were_finalized_yesterday() -> None:
    report = compare_documents(
        Document(source="left.txt", text=_UNDATED.format(when="yesterday")),
        Document(source="right.txt", text=_UNDATED.format(when="on Dec. 11")),
    )
    assert not marks(report, "Dec. 11")


def test_an_undated_piece_that_gives_no_day_does_not_tell_dec_11() -> None:
    report = compare_documents(
        Document(source="left.txt", text=_UNDATED.format(when="recently")),
        Document(source="right.txt", text=_UNDATED.format(when="on Dec. 11")),
    )
    assert marks(report, "Dec. 11")


def test_a_newspaper_called_usa_today_names_no_day() -> None:
    left = _LEFT.replace("were this morning called", "were called, USA Today reported,")
    report = compare_documents(
        Document(source="left.txt", text=left, date="2013-07-21"),
        Document(source="right.txt", text=_RIGHT, date="2013-07-22"),
    )
    assert marks(report, "July 21st")
