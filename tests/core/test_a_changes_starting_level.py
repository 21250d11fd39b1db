"""The figure after "from" in a change is the level the change starts at, not the level it
reaches: "rose to $9.2 billion from $8.7 billion" / "climbed to $9.6 billion from $8.7 billion"
set $9.2 billion against $9.6 billion, never the starting $8.7 billion against the $9.6 billion
reached. The same two levels agree, and a sum "from investors" is no level at all."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts

_LEFT = (
    "Sales at Pinewood Retail rose to $9.2 billion from $8.7 billion, the company said on "
    "Monday. Profit was flat at $410 million."
)
_RIGHT = (
    "Pinewood Retail's annual revenue climbed to {now} from {then} a year earlier, it said "
    "Monday. Its profit held steady at $410 million."
)


def test_the_level_reached_meets_the_level_reached() -> None:
    report = compare_texts(_LEFT, _RIGHT.format(now="$9.6 billion", then="$8.7 billion"))
    assert conflict_texts(report) == [({"$9.2 billion"}, {"$9.6 billion"})]


def test_the_same_two_levels_agree() -> None:
    report = compare_texts(_LEFT, _RIGHT.format(now="$9.2 billion", then="$8.7 billion"))
    assert conflict_texts(report) == []


def test_a_sum_from_someone_is_no_starting_level() -> None:
    report = compare_texts(
        "Pinewood Retail raised $900 million from investors on Monday, the company said. "
        "It will use the money to open new stores.",
        "Pinewood Retail raised $600 million from investors on Monday, the company said. "
        "It will use the money to open new stores.",
    )
    assert conflict_texts(report) == [({"$900 million"}, {"$600 million"})]
