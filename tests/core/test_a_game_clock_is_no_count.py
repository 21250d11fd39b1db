"""A game clock is no count: "got them with a layup with 4:12 left in the third quarter" counts
no four layups against the other article's "one layup to do it" (invented stories). Digits split
by a colon read a clock or a ratio. Two counts of the record's layups stay a conflict."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts

LEFT_LEAD = (
    "Kowalczyk breaks career scoring record\n\n"
    "Nadia Kowalczyk scored 31 points on Saturday night to pass Jean Marlowe as the league's "
    "all-time leading scorer.\n\n"
)
RIGHT = (
    "Kowalczyk tops Marlowe\n\n"
    "HARBOR CITY — It took Nadia Kowalczyk twelve seasons to get here, and one layup to do it."
    "\n\nShe passed Jean Marlowe on the league's career scoring list on Saturday with a driving "
    "layup in the third quarter."
)


def test_a_clock_reading_is_no_count_of_layups() -> None:
    left = LEFT_LEAD + (
        "Kowalczyk needed 19 points to break the record and got them with a layup with 4:12 "
        "left in the third quarter."
    )
    assert conflict_texts(compare_texts(left, RIGHT)) == []


def test_two_counts_of_the_records_layups_are_still_a_conflict() -> None:
    left = LEFT_LEAD + (
        "Kowalczyk needed 19 points to break the record and got them with two layups in the "
        "third quarter."
    )
    assert conflict_texts(compare_texts(left, RIGHT)) == [({"two"}, {"one"})]
