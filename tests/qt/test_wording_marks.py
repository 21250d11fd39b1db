"""Reworded words inside matched sentences get a quiet mark in the panes."""

from __future__ import annotations

from desktop.core.alignment.wording import wording_differences
from desktop.core.model import AlignedPair, Side, TextRange
from desktop.qt.article_pane import ArticlePane
from desktop.qt.highlight import highlights_for
from tests.factories import report
from tests.qt.qt_helpers import selections_on

TEXTS = (
    "They will avoid a war. A firebomb hit the gate.",
    "They will avert a war. A fire-bomb hit the gate.",
)


def test_avoid_and_avert_are_marked_quietly_in_each_pane(qtbot) -> None:
    pairs = [
        AlignedPair(TextRange(0, 22), TextRange(0, 22), 0.9),
        AlignedPair(TextRange(23, 47), TextRange(23, 48), 0.9),
    ]
    made = report(TEXTS, [], alignment=pairs)
    words = wording_differences(made)
    for side, (first, second) in (
        (Side.LEFT, ("avoid", "firebomb")),
        (Side.RIGHT, ("avert", "fire-bomb")),
    ):
        pane = ArticlePane(side)
        qtbot.addWidget(pane)
        pane.set_document(made.document(side), highlights_for(made, side))
        pane.text.set_wording(words[side])
        for phrase in (first, second):
            (mark,) = selections_on(pane.text, phrase)
            wash = mark.format.background().color()
            assert 0 < wash.alpha() < 80  # a wash, not a verdict colour
        assert selections_on(pane.text, "war") == []
        # A new article clears the marks of the old one.
        pane.set_document(made.document(side), [])
        assert pane.text.wording() == []
