"""The Quotes tab says a quote told a little differently is so, with the changed word marked,
instead of "same words"."""

from __future__ import annotations

from desktop.core.compare import compare_documents
from desktop.core.model import Document
from desktop.qt.quote_rows import RETOLD, group_by_speaker, quote_rows, quotes_summary

SAID = '"We {verb} rebuild the bridge before the winter," Mayor Ann Hale said on Monday.'


def rows_for(left_verb: str, right_verb: str) -> list:
    report = compare_documents(
        Document(source="left.txt", text=SAID.format(verb=left_verb)),
        Document(source="right.txt", text=SAID.format(verb=right_verb)),
    )
    return quote_rows(report)


def test_can_for_could_is_told_a_little_differently_with_the_word_marked() -> None:
    (row,) = rows_for("can", "could")
    assert row.verdict.startswith(RETOLD)
    assert row.changes
    assert "told a little differently" in quotes_summary(group_by_speaker([row]))


def test_the_same_words_stay_the_same_words() -> None:
    (row,) = rows_for("can", "can")
    assert row.verdict.startswith("Same words")
    assert not row.changes
