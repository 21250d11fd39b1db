"""An exported quote and a link the journalist drags out are cut to their words alike: the
white space around a line or a drag-selection is never part of what is quoted."""

from __future__ import annotations

from desktop.core.export.sections import quote
from desktop.core.model import Side
from desktop.core.results.review import trim
from tests.factories import finding, report

TEXTS = (
    "Storm hits coast\n\n   Officials in Miami said 40 homes were damaged.   \n\nMore soon.",
    "Storm hits coast\n\nForty homes were damaged in Miami, officials said.",
)


def test_a_dragged_selection_loses_the_spaces_around_it() -> None:
    text = TEXTS[0]
    start = text.index("   Officials")
    assert text[slice(*trim(text, start, start + 12))] == "Officials"


def test_a_quote_from_a_report_without_sentences_is_the_line_without_its_indent() -> None:
    found = finding(TEXTS, "f1", "agree", "number", ["40"], ["Forty"])
    quoted = quote(report(TEXTS, [found]), found, Side.LEFT)
    assert quoted is not None
    assert quoted.text == "Officials in Miami said 40 homes were damaged."
