"""A quote run over paragraphs the newspaper way ends where the next paragraph opens it again,
whatever spaces (a non-breaking one too) stand before that paragraph's mark."""

from __future__ import annotations

from desktop.core.quoting.quotes import quoted_stretches


def _quoted(text: str) -> list[str]:
    return [text[r.start : r.end] for r in quoted_stretches(text)]


def test_a_quote_reopened_after_a_spaced_line_break_is_two_stretches() -> None:
    text = "He said: “We were asleep when it hit.\n\u00a0 “Then the roof came down,” he said."
    assert _quoted(text) == ["We were asleep when it hit.", "Then the roof came down,"]


def test_a_quote_closed_on_the_next_line_goes_on_over_the_break() -> None:
    text = "“We ran.\n   We hid in the cellar,” she said. A stray “ mark."
    assert _quoted(text) == ["We ran.\n   We hid in the cellar,"]


def test_a_mark_left_open_at_the_end_of_the_text_is_dropped() -> None:
    assert _quoted("He called it “a disaster\n") == []
