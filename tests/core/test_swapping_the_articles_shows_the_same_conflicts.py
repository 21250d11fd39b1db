"""A journalist who drops the same two articles in the other order must see the same conflicts.

One article tells a boxer's "16th straight fight"; the other tells "16 fights in a row" and, in
another paragraph, "13 title fights in a row". The 16 bears the streak out. Set on the left, the
lone figure used to be set against the 13 (a count of title fights only); set on the right it was
not, because a figure the other article bears out is no clash partner. A clash across sentences
now holds only when both orders find it.
"""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

LONE = (
    "Wladimir Klitschko won his 16th straight fight on Saturday, stopping Tony Thompson in the "
    "sixth round."
)
STREAKS = (
    "Wladimir Klitschko stopped Tony Thompson on Saturday. Klitschko has won {} fights in a row "
    "since 2004.\n\nHe has won 13 title fights in a row since his 2006 victory over Chris Byrd."
)


def _mirrored(found: list[tuple[set[str], set[str]]]) -> list[tuple[set[str], set[str]]]:
    return [(right, left) for left, right in found]


def test_a_streak_the_other_article_bears_out_shows_no_conflict_in_either_order() -> None:
    both = STREAKS.format("16")
    forward = conflict_texts(compare_stories(LONE, both))
    backward = conflict_texts(compare_stories(both, LONE))
    assert forward == _mirrored(backward)
    assert not any("16th straight" in left for left, _ in forward)


def test_a_streak_the_other_article_does_not_bear_out_clashes_in_both_orders() -> None:
    other = STREAKS.format("17")
    forward = conflict_texts(compare_stories(LONE, other))
    backward = conflict_texts(compare_stories(other, LONE))
    assert forward == _mirrored(backward)
    assert any("16th straight" in left for left, _ in forward)
