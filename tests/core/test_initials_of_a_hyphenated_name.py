"""A company's initials stand for its hyphenated name as for a spaced one: "HP" is
"Hewlett-Packard" as "EDS" is "Electronic Data Systems": linked, neither name is a one-sided
mark (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_stories, yellow

LEFT = (
    "Hewlett-Packard to buy EDS.\n"
    "Hewlett-Packard agreed to buy Electronic Data Systems for $13.9 billion. The deal was "
    "announced on Tuesday."
)


def test_hp_is_hewlett_packard() -> None:
    right = (
        "HP buys EDS.\n"
        "HP announced on Tuesday that it will acquire EDS. HP will buy EDS for $13.9 billion in "
        "cash, the firms said."
    )
    marks = yellow(compare_stories(LEFT, right))
    assert "HP" not in marks and "Hewlett-Packard" not in marks, marks
