"""Narrative between two quotes is never taken for a quote: a mark that closes a line after a
full stop closes a quote whose opening was lost (hand-written texts)."""

from __future__ import annotations

from desktop.core.quotes import quoted_stretches


def test_a_mark_closing_a_line_after_a_full_stop_never_opens_a_quote() -> None:
    # The quote's opening mark was lost; its closing one must not open the narrative after it.
    text = (
        'Police said the man fled.\nHe was caught in the street."\n'
        'A witness told the Daily News "The cops jumped out of the car so fast,\n'
        'They started shooting."'
    )
    stretches = [text[r.start : r.end] for r in quoted_stretches(text)]
    assert stretches == ["The cops jumped out of the car so fast,\nThey started shooting."]
