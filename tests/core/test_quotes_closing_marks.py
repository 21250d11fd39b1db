"""Narrative between two quotes is never taken for a quote: a mark that closes a line after a
full stop closes a quote whose opening was lost (hand-written texts)."""

from __future__ import annotations

from desktop.core.quoting.quotes import quoted_stretches


def test_a_mark_closing_a_line_after_a_full_stop_never_opens_a_quote() -> None:
    # The quote's opening mark was lost; its closing one must not open the narrative after it.
    text = (
        'Police said the man fled.\nHe was caught in the street."\n'
        'A witness told the Daily News "The cops jumped out of the car so fast,\n'
        'They started shooting."'
    )
    stretches = [text[r.start : r.end] for r in quoted_stretches(text)]
    assert stretches == ["The cops jumped out of the car so fast,\nThey started shooting."]


def test_a_quote_of_short_sentences_one_a_line_runs_to_its_closing_mark() -> None:
    text = (
        "His sister said: “He's 16 years old.\nWhat is he pointing a gun at?\n"
        "He has common sense.”\nWitnesses said he had no gun."
    )
    stretches = [text[r.start : r.end] for r in quoted_stretches(text)]
    assert stretches == ["He's 16 years old.\nWhat is he pointing a gun at?\nHe has common sense."]


def test_a_stray_mark_before_a_line_that_opens_a_quote_stays_a_stray() -> None:
    text = "He called it “a disaster\nPolice said nothing.\n“We are fine,” she said."
    stretches = [text[r.start : r.end] for r in quoted_stretches(text)]
    assert stretches == ["We are fine,"]
