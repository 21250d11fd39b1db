"""Two sentences that tell the end of one fight in the same round, "at the opening of the seventh"
and "early in the seventh": the round is something both say, not only the loser's name, so the
sentence is no "sentence nothing on the other side tells" (hand-written texts)."""

from __future__ import annotations

from desktop.core.model import FindingKind
from tests.factories import compare_texts as compare
from tests.factories import statement_texts

LEFT = (
    "Klitschko beats Rahman\n\n"
    "Wladimir Klitschko retained his belts on Saturday night in Mannheim. Another flurry at the "
    "opening of the seventh ended Rahman's challenge. The crowd cheered loudly for the champion."
)
RIGHT = (
    "Klitschko stops Rahman\n\n"
    "Wladimir Klitschko kept his titles in Mannheim on Saturday. With Rahman getting pounded in "
    "the corner early in the seventh, Weeks called a halt to the fight. Klitschko now plans to "
    "fight again next year."
)


def test_the_end_of_the_fight_in_the_seventh_is_told_by_both() -> None:
    report = compare(LEFT, RIGHT)
    assert not any("seventh" in s for s in statement_texts(report, FindingKind.LEFT_ONLY))
    assert not any("seventh" in s for s in statement_texts(report, FindingKind.RIGHT_ONLY))


def test_a_round_in_other_words_still_does_not_tie_different_deeds() -> None:
    # The same round, but one article tells of the crowd, the other of the stoppage: sharing
    # the round alone is not enough when nothing else lifts the sentences' score.
    left = LEFT.replace(
        "Another flurry at the opening of the seventh ended Rahman's challenge.",
        "Fans sang loudly in the stands throughout the seventh.",
    )
    marked = statement_texts(compare(left, RIGHT), FindingKind.LEFT_ONLY)
    assert any("Fans sang loudly" in s for s in marked)
