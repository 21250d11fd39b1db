"""The PDF an editor prints: conflicts on page 1, and no word broken in the middle."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QTextBoundaryFinder
from PySide6.QtGui import QTextDocument

from desktop.core.export import export_html
from desktop.qt.pdf_export import export_pdf, layout_for_print
from tests.core.test_export_front_page import make_saved

# Printable areas (inches) of A4 and Letter with the exporter's 12 mm margins.
PAGES = {"A4": (8.27 - 0.945, 11.69 - 0.945), "Letter": (8.5 - 0.945, 11.0 - 0.945)}


def words_broken_mid_word(document: QTextDocument) -> list[str]:
    """Every line break of the laid-out document that is not a place a line may break."""
    broken = []
    block = document.begin()
    while block.isValid():
        layout, text = block.layout(), block.text()
        finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Line, text)
        for i in range(layout.lineCount() - 1):
            line = layout.lineAt(i)
            end = line.textStart() + line.textLength()
            finder.setPosition(end)
            if not finder.isAtBoundary():
                broken.append(f"{text[max(0, end - 12) : end]}|{text[end : end + 12]}")
        block = block.next()
    return broken


@pytest.mark.parametrize("page", sorted(PAGES))
def test_no_word_is_broken_mid_word_in_the_pdf(qapp, page: str) -> None:
    document = layout_for_print(export_html(make_saved(), for_print=True), *PAGES[page])
    document.documentLayout().documentSize()  # lays out every block
    assert document.pageCount() >= 2
    assert words_broken_mid_word(document) == []


def test_the_conflicts_are_on_page_one_of_the_pdf(qapp, tmp_path: Path) -> None:
    pdf = tmp_path / "report.pdf"
    export_pdf(export_html(make_saved(), for_print=True), pdf)
    first = PdfReader(pdf).pages[0].extract_text()
    # Qt writes tabs between words and ligatures ("ﬁ"): compare the text as a reader sees it.
    text = " ".join(unicodedata.normalize("NFKC", first).split())
    for expected in (
        "Ivan Kovgan",
        "Ivan Petrov",
        "different names for the dead soldier",
        "Confirmed",
        "Call the club & the ministry",
        "according to officials",
    ):
        assert expected in text


def rows_cut_by_a_page_break(document: QTextDocument) -> list[str]:
    """The text of every table row that would fit on a page but has lines on two."""
    from PySide6.QtGui import QTextTable

    layout, page = document.documentLayout(), document.pageSize().height()
    cut = []
    for frame in document.rootFrame().childFrames():
        if not isinstance(frame, QTextTable):
            continue
        for r in range(frame.rows()):
            tops, bottoms, text = [], [], []
            for c in range(frame.columns()):
                cell = frame.cellAt(r, c)
                block = document.findBlock(cell.firstPosition())
                while block.isValid() and block.position() <= cell.lastPosition():
                    rect = layout.blockBoundingRect(block)
                    for i in range(block.layout().lineCount()):
                        line = block.layout().lineAt(i).rect().translated(rect.topLeft())
                        tops.append(line.top())
                        bottoms.append(line.bottom())
                    text.append(block.text())
                    block = block.next()
            if not tops or max(bottoms) - min(tops) > page / 2:
                continue
            if int(min(tops) // page) != int((max(bottoms) - 1) // page):
                cut.append(" ".join(text)[:60])
    return cut


@pytest.mark.parametrize("height_in", [3.0 + 0.25 * i for i in range(16)])
def test_a_page_break_never_cuts_a_finding_in_two(qapp, height_in: float) -> None:
    # Whatever the paper's length, a finding near the foot of a page moves whole to the next one.
    html = export_html(make_saved(), for_print=True).split('<h2 class="appendix">')[0]
    document = layout_for_print(html, PAGES["A4"][0], height_in)
    document.documentLayout().documentSize()
    assert rows_cut_by_a_page_break(document) == []


def headings_alone_at_a_page_foot(document: QTextDocument) -> list[str]:
    """Every heading that ends a page: its table or text starts on the next one."""
    layout, page = document.documentLayout(), document.pageSize().height()
    alone, block = [], document.begin()
    while block.isValid():
        after = block.next()
        if block.blockFormat().headingLevel() > 0 and after.isValid():
            here = layout.blockBoundingRect(block)
            there = layout.blockBoundingRect(after)
            if int(here.top() // page) < int(there.top() // page):
                alone.append(block.text())
        block = after
    return alone


@pytest.mark.parametrize("height_in", [3.0 + 0.25 * i for i in range(16)])
def test_a_section_heading_moves_with_a_table_that_starts_on_the_next_page(
    qapp, height_in: float
) -> None:
    html = export_html(make_saved(), for_print=True).split('<h2 class="appendix">')[0]
    document = layout_for_print(html, PAGES["A4"][0], height_in)
    document.documentLayout().documentSize()
    assert headings_alone_at_a_page_foot(document) == []
