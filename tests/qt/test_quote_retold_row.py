"""The Quotes tab says a quote told a little differently (a figure in digits for one in words)
is so, with the changed word marked, instead of "same words"; a quote with a word of its own
changed ("can" for "could") is a quote that differs, the word marked as well."""

from __future__ import annotations

from desktop.core.compare import compare_documents
from desktop.core.model import Document
from desktop.qt.quote_rows import RETOLD, group_by_speaker, quote_rows, quotes_summary

SAID = '"We {verb} rebuild {count} bridges before the winter," Mayor Ann Hale said on Monday.'


def rows_for(left: dict[str, str], right: dict[str, str]) -> list:
    report = compare_documents(
        Document(source="left.txt", text=SAID.format(**left)),
        Document(source="right.txt", text=SAID.format(**right)),
    )
    return quote_rows(report)


def test_a_figure_in_digits_is_told_a_little_differently_with_the_word_marked() -> None:
    (row,) = rows_for({"verb": "can", "count": "three"}, {"verb": "can", "count": "3"})
    assert row.verdict.startswith(RETOLD)
    assert row.changes
    assert "told a little differently" in quotes_summary(group_by_speaker([row]))


def test_can_for_could_is_a_quote_that_differs_with_the_word_marked() -> None:
    (row,) = rows_for({"verb": "can", "count": "three"}, {"verb": "could", "count": "three"})
    assert row.verdict.startswith("Quote differs")
    assert row.changes


def test_the_same_words_stay_the_same_words() -> None:
    (row,) = rows_for({"verb": "can", "count": "three"}, {"verb": "can", "count": "three"})
    assert row.verdict.startswith("Same words")
    assert not row.changes
