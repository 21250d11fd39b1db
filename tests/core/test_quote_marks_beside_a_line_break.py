"""A line break inside a quotation, just before its closing mark or just after its opening one
(a pasted web page, a PDF), leaves the quote whole: the pushed-down closing mark closes it, so the
attribution after it is never read as quoted words, and the quote after that is not lost
(hand-written texts)."""

from __future__ import annotations

from desktop.core.quoting.quotes import quoted_stretches


def _quoted(text: str) -> list[str]:
    return [text[r.start : r.end] for r in quoted_stretches(text)]


def test_a_closing_mark_pushed_to_the_next_line_closes_the_quote() -> None:
    text = (
        'Crews worked all night. "We will rebuild the town hall,\n'
        '" the mayor said. "It will take a year."'
    )
    assert _quoted(text) == ["We will rebuild the town hall,", "It will take a year."]


def test_a_pushed_down_mark_before_a_comma_closes_the_quote_too() -> None:
    text = '"We will rebuild the town hall\n", the mayor said, "and the library."'
    assert _quoted(text) == ["We will rebuild the town hall", "and the library."]


def test_a_mark_opening_the_next_paragraph_still_opens_a_quote_of_its_own() -> None:
    text = 'The mayor said: "We will rebuild.\n\n"The town will be stronger," she added.'
    assert _quoted(text) == ["We will rebuild.", "The town will be stronger,"]


def test_an_opening_mark_left_at_a_lines_end_opens_the_quote_below() -> None:
    text = 'Crews worked all night. "\nWe will rebuild the town hall," the mayor said.'
    assert _quoted(text) == ["We will rebuild the town hall,"]


def test_a_mark_hugging_a_full_stop_at_a_lines_end_still_closes() -> None:
    text = 'He was caught in the street."\nA witness said "They ran,\nand then they hid."'
    assert _quoted(text) == ["They ran,\nand then they hid."]
