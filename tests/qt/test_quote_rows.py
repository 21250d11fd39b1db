"""The Quotes tab's rows, read without a window: verdict words, speakers, changed words."""

from __future__ import annotations

from dataclasses import replace

from desktop.core.model import Side
from desktop.qt.palette import Theme
from desktop.qt.quote_marks import conflict_speakers
from desktop.qt.quote_rows import (
    group_by_speaker,
    quote_html,
    quote_rows,
    speaker_label,
    speaker_note,
)
from desktop.qt.review_panel import context_html
from tests.qt.quote_story import PETROV, quote_report


def test_a_quote_put_in_another_persons_mouth_reads_as_attributed_differently() -> None:
    made = quote_report()
    right = next(q for q in made.quotes if q.side is Side.RIGHT and q.speaker == "Petrov")
    swapped = replace(right, speaker="Olga Smirnova")  # same words, another speaker
    made = replace(made, quotes=tuple(swapped if q is right else q for q in made.quotes))
    (row,) = [r for r in quote_rows(made) if r.finding is not None and r.finding.id == "q1"]
    assert row.verdict == "Attributed differently"
    assert row.changes == ()  # a misattribution marks the names, not the words
    text = made.right.document.text
    (name,) = conflict_speakers([row], Side.RIGHT)
    assert text[name.start : name.end] == "Petrov"  # where the right article names its speaker
    # The row sits under one of the two names; the other is written under its own quote.
    (group,) = [g for g in group_by_speaker(quote_rows(made)) if row in g.rows]
    notes = {side: speaker_note(row, side, group.speaker) for side in Side}
    named = " ".join([group.speaker, *notes.values()])
    assert "Ivan Petrov" in named and "Olga Smirnova" in named


def test_a_misquote_shows_both_wordings_with_only_the_changed_words_marked() -> None:
    made = quote_report()
    (row,) = [r for r in quote_rows(made) if r.verdict == "Quote differs"]
    left = quote_html(made.left.document.text, row, Side.LEFT, "X")
    right = quote_html(made.right.document.text, row, Side.RIGHT, "X")
    assert left == "“We will <span style='X'>not</span> retreat from this agreement”"
    assert right == "“We will <span style='X'>never</span> retreat from this agreement”"
    assert PETROV[Side.LEFT].startswith("We will not")


def test_a_guessed_speaker_is_labelled_as_a_guess() -> None:
    quote = next(q for q in quote_report().quotes if q.speaker == "Petrov")
    assert speaker_label(quote) == "Quoted: Petrov"
    assert "inferred" in speaker_label(replace(quote, inferred=True))
    assert speaker_label(replace(quote, speaker=None)) == "Speaker not named"
    assert speaker_label(replace(quote, direct=False)) == "Reported speech: Petrov"


def test_the_review_panel_marks_only_the_changed_word_of_a_misquote(qtbot) -> None:
    made = quote_report()
    misquote = next(f for f in made.findings if f.id == "q1")
    words = context_html(made, misquote, Theme(False))
    assert "<b>not</b>" in words and "<b>never</b>" in words
    assert "<b>We will" not in words  # the rest of the quote is not marked as changed
    # Any other finding keeps its whole span marked.
    date = next(f for f in made.findings if f.id == "d1")
    assert "<b>Monday</b>" in context_html(made, date, Theme(False))


def test_a_ministry_listed_under_another_ministrys_name_still_shows_who_the_article_named() -> None:
    made = quote_report()
    spokesman = next(q for q in made.quotes if q.speaker == "a police spokesman")
    # Two ministries that share only their head word land in one speaker group.
    made = replace(
        made,
        quotes=tuple(
            replace(q, speaker="The Russian Defense Ministry") if q is spokesman else q
            for q in made.quotes
        ),
    )
    (row,) = [
        r
        for r in quote_rows(made)
        if r.left is not None and r.left.speaker == "The Russian Defense Ministry"
    ]
    group = "Azerbaijan’s Defense Ministry"
    assert speaker_note(row, Side.LEFT, group) == "— The Russian Defense Ministry"
    # The same ministry under its own fuller name, or a surname under the full name, adds nothing.
    assert speaker_note(row, Side.LEFT, "The Russian Defense Ministry") == ""
    (petrov,) = [r for r in quote_rows(made) if r.right is not None and r.right.speaker == "Petrov"]
    assert speaker_note(petrov, Side.RIGHT, "Ivan Petrov") == ""
