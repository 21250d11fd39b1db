"""'One' with a noun and a relative clause ("there was even one round where he danced", "one
night when the power failed") singles out a member of a set to tell something of it; it does not
count the set, so it never meets the other article's count of the set ("stopping him in nine
rounds"). "stopped him in one round" counts the rounds and still clashes."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

_RIGHT = "Lopez beats Ortiz\n\nLopez beat Ortiz on Saturday in Reno, stopping him in nine rounds."


def test_one_round_where_something_happened_counts_no_rounds() -> None:
    report = compare_stories(
        "Lopez keeps title\n\nLopez kept his title on Saturday in Reno. There was even one round "
        "where Lopez danced around the ring, taunting Ortiz.",
        _RIGHT,
    )
    assert not conflict_texts(report)


def test_a_fight_stopped_in_one_round_still_clashes_with_nine() -> None:
    report = compare_stories(
        "Lopez keeps title\n\nLopez kept his title on Saturday in Reno. Lopez stopped Ortiz in one "
        "round, taunting him.",
        _RIGHT,
    )
    assert ({"one"}, {"nine"}) in conflict_texts(report)
