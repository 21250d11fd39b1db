"""A tally told in words is the same count: "deadlocked at 9-3" / "nine in favor and three
against" (hand-written texts)."""

from __future__ import annotations

from desktop.core.model import FindingKind, Report
from tests.factories import compare_texts

HEADLINE = "Jury spares courthouse gunman\n\n"
LEFT = (
    HEADLINE + "After four days of deliberations, the jury was deadlocked at 9-3, with nine in "
    "favor of the death penalty, the judge said."
)
RIGHT = HEADLINE + "Jurors deadlocked with nine in favor and three against the death penalty."


def _marked(report: Report, words: str) -> bool:
    return any(
        words in s.text
        for f in report.findings
        if f.kind in (FindingKind.LEFT_ONLY, FindingKind.RIGHT_ONLY)
        for s in f.left + f.right
    )


def test_a_vote_given_as_nine_to_three_and_in_words_is_marked_on_neither_side() -> None:
    assert not _marked(compare_texts(LEFT, RIGHT), "9-3")


def test_a_vote_the_other_side_counts_otherwise_stays_marked() -> None:
    right = RIGHT.replace("three against", "two against")
    assert _marked(compare_texts(LEFT, right), "9-3")
