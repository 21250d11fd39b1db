"""A participle after a dated clause happens then: "A quake hit Zarand in February, killing
hundreds of people" gives February's toll, as "In February, a quake hit Zarand, killing 612
people" does, so the two tolls of that earlier quake are one fact told at two precisions, and
neither is shown as only in one article. A toll the vague count cannot hold stays one-sided
(hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts, yellow

LEFT = (
    "Quake hits island.\n"
    "A strong earthquake struck an island in southern Iran on Sunday, killing 10 people. "
    "A 6.4-magnitude quake hit the town of Zarand in February, killing hundreds of people."
)


def _right(toll: str) -> str:
    return (
        "Iran quake kills 10.\n"
        "An earthquake killed 10 people on an Iranian island on Sunday. "
        f"In February, a quake measuring 6.4 hit the town of Zarand, killing {toll} people."
    )


def test_hundreds_killed_in_february_agrees_with_612_killed_in_february() -> None:
    report = compare_stories(LEFT, _right("612"))
    assert not {"hundreds", "612"} & set(yellow(report))
    assert not conflict_texts(report)


def test_hundreds_killed_in_february_does_not_tell_1612_killed() -> None:
    assert "1,612" in yellow(compare_stories(LEFT, _right("1,612")))
