"""A PDF as a word processor writes it (Qt's PDF engine): tabs for spaces, ligatures, wrapping."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest

from desktop.core.ingest import load_document

QtGui = pytest.importorskip("PySide6.QtGui")

SENTENCE = (
    "A strong earthquake struck the town of Exampleville on Friday, officials said, and the "
    "internationally coordinated rescue continued."
)


def test_a_typeset_pdf_reads_back_as_the_paragraphs_that_were_written(
    tmp_path: Path, qapp: object
) -> None:
    path = tmp_path / "quake.pdf"
    writer = QtGui.QPdfWriter(str(path))
    writer.setPageSize(QtGui.QPageSize(QtGui.QPageSize.PageSizeId.A5))
    writer.setTitle("Quake hits Exampleville")
    document = QtGui.QTextDocument()
    body = " ".join([SENTENCE] * 3)
    document.setHtml(
        "<h1>Quake hits Exampleville</h1><p>By Jane Doe | September 22, 2023</p>"
        f"<p>{body}</p><p>The mayor said rescue teams searched all night.</p><p>{body}</p>"
    )
    document.print_(writer)
    del writer  # finishes the file

    result = load_document(path)

    assert result.title == "Quake hits Exampleville"
    assert result.byline == "Jane Doe"
    assert result.date == "2023-09-22"
    assert result.text.split("\n\n") == [
        "Quake hits Exampleville",
        body,
        "The mayor said rescue teams searched all night.",
        body,
    ]
