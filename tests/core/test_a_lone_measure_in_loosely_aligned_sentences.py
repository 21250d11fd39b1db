"""A lone measure beside a figure both sentences give is the one measure of the thing both speak
of: "the T7, with 10 cores and a top speed of 4.8 gigahertz" / "the T7, has 10 cores and runs at
up to 4.6 GHz" (invented stories) clash, though the sentences align only loosely. Another chip's
speed, beside another count of cores, stays silent."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts

OPENING = "Tessaron unveiled its T9 processor on Tuesday, its fastest chip for laptops. "
LEFT = (
    OPENING + "Tessaron also introduced a cheaper version, the T7, with 10 cores and a top speed"
    " of 4.8 gigahertz."
)


def test_one_chips_speed_told_twice_clashes() -> None:
    right = OPENING + "A lower-priced sibling, the T7, has 10 cores and runs at up to 4.6 GHz."
    assert conflict_texts(compare_texts(LEFT, right)) == [({"4.8 gigahertz"}, {"up to 4.6 GHz"})]


def test_another_chips_speed_is_no_conflict() -> None:
    right = OPENING + "The T9 itself has 14 cores and runs at up to 5.6 GHz."
    assert conflict_texts(compare_texts(LEFT, right)) == []
