"""PDF export through Qt's own PDF writer: no extra dependency, same fonts as the app.

In the Qt package because it needs Qt; the command line imports it only for ``--pdf``. Feed it
``export_html(..., for_print=True)``: Qt's ``QTextDocument`` renders a subset of HTML, and that
variant keeps to it. The PDF is rendered in memory and written by
``desktop.core.persistence.atomic``, like every other file the app writes.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from desktop.core.persistence.atomic import write_bytes_atomic
from desktop.core.runtime.errors import CrosscheckError

if TYPE_CHECKING:
    from PySide6.QtGui import QTextBlock, QTextDocument

PageSize = Literal["A4", "Letter"]
PAGE_SIZES: tuple[PageSize, ...] = ("A4", "Letter")
MARGIN_MM = 12.0
# Print resolution: 300 dpi is what office printers and PDF viewers expect for text.
RESOLUTION_DPI = 300
# QTextDocument lays out in 96-dpi pixels; paginating in those keeps font sizes true in pt.
LAYOUT_DPI = 96
# A table shorter than this share of a page that a page break would cut starts on the next page
# instead (a finding is one table in the print HTML: desktop.core.export.print_tables). A taller
# one (the two articles, a long section) is left to flow: moving it would only waste the page.
KEEP_WHOLE_MAX_PAGE_SHARE = 0.5
# Paragraphs between a section's heading and its table that move with them: the People and
# Timeline sections put one line of explanation there.
HEADING_INTRO_BLOCKS = 2

# Kept for the life of the process: a QGuiApplication that is garbage collected takes Qt with it.
_app: object | None = None


def render_pdf(html: str, page_size: str = "A4") -> bytes:
    """The bytes of a PDF of ``html`` on ``page_size`` paper."""
    if page_size not in PAGE_SIZES:
        raise ValueError(f"page size must be one of {PAGE_SIZES}, not {page_size!r}")
    _ensure_gui_app()
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    size_id = QPageSize.PageSizeId.A4 if page_size == "A4" else QPageSize.PageSizeId.Letter
    writer.setPageLayout(
        QPageLayout(
            QPageSize(size_id),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setResolution(RESOLUTION_DPI)
    writer.setTitle("Crosscheck report")
    writer.setCreator("Crosscheck")
    rect = writer.pageLayout().paintRect(QPageLayout.Unit.Inch)
    document = layout_for_print(html, rect.width(), rect.height())
    document.print_(writer)
    del writer  # finishes the PDF
    buffer.close()
    pdf = bytes(data.data())
    if not pdf.startswith(b"%PDF-"):
        raise CrosscheckError("Qt did not produce a PDF")
    return pdf


def layout_for_print(html: str, width_in: float, height_in: float) -> QTextDocument:
    """``html`` laid out in pages of the printable area ``width_in`` x ``height_in`` (inches).

    Pages are sized in the 96-dpi pixels QTextDocument lays out in: font sizes in pt then come
    out true, and Qt adds none of its own 2 cm margins. Words are wrapped at word boundaries and
    only a word wider than its whole table column (a long path or URL) is broken, which is why the
    report keeps no narrow column for words ("organisation" used to break in a 10% Type column).
    """
    _ensure_gui_app()
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QTextDocument, QTextOption

    document = QTextDocument()
    option = document.defaultTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    document.setDefaultTextOption(option)
    document.setHtml(html)
    document.setPageSize(QSizeF(width_in * LAYOUT_DPI, height_in * LAYOUT_DPI))
    keep_tables_whole(document)
    return document


def keep_tables_whole(document: QTextDocument) -> None:
    """Start on the next page every short top-level table that a page break would cut, so no
    finding's row is split between two pages (Qt would split it line by line), and never leave a
    section's heading alone at the foot of a page. Walks the document in order: each move shifts
    what follows, and the layout queried next already has it."""
    from PySide6.QtGui import QTextCursor, QTextFormat

    root, page = document.rootFrame(), document.pageSize().height()
    layout = document.documentLayout()

    def page_of(y: float) -> int:
        return int(y // page)

    block = document.begin()
    while block.isValid():
        frame = QTextCursor(block).currentFrame()
        if frame is root and block.blockFormat().headingLevel() > 0 and block.next().isValid():
            # A heading whose table or text Qt moved to the next page goes with it.
            here, after = layout.blockBoundingRect(block), layout.blockBoundingRect(block.next())
            if page_of(here.top()) < page_of(after.top()):
                _break_before(block)
        elif frame.parentFrame() is root and block.position() == frame.firstPosition():
            rect = layout.frameBoundingRect(frame)
            short = rect.height() < page * KEEP_WHOLE_MAX_PAGE_SHARE
            if short and page_of(rect.top()) != page_of(rect.bottom() - 1):
                heading = _heading_above(block)
                if heading is not None:
                    _break_before(heading)  # the section's heading goes with its first table
                else:
                    frame_format = frame.frameFormat()
                    frame_format.setPageBreakPolicy(
                        QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
                    )
                    frame.setFrameFormat(frame_format)
        block = block.next()


def _heading_above(block: QTextBlock) -> QTextBlock | None:
    """The heading a table stands under: right above it, or above a line or two that introduce
    it ("2 with details the articles contradict")."""
    from PySide6.QtGui import QTextCursor

    root = block.document().rootFrame()
    before = block.previous()
    for _ in range(HEADING_INTRO_BLOCKS + 1):
        # Only the page's own paragraphs: not into the cells of a table above.
        if not before.isValid() or QTextCursor(before).currentFrame() is not root:
            return None
        if before.blockFormat().headingLevel() > 0:
            return before
        before = before.previous()
    return None


def _break_before(block: QTextBlock) -> None:
    from PySide6.QtGui import QTextCursor, QTextFormat

    block_format = block.blockFormat()
    block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    QTextCursor(block).setBlockFormat(block_format)


def export_pdf(html: str, path: str | Path, page_size: str = "A4") -> None:
    """Render ``html`` to a PDF at ``path``; the file appears whole or not at all."""
    write_bytes_atomic(Path(path), render_pdf(html, page_size))


def _ensure_gui_app() -> None:
    """Fonts and layout need a QGuiApplication; make an offscreen one only when none exists."""
    global _app
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication

    existing = QCoreApplication.instance()
    if existing is not None:
        if not isinstance(existing, QGuiApplication):
            raise CrosscheckError("PDF export needs a GUI application, not a QCoreApplication")
        return
    # A command-line export must work on a server without a display.
    _app = QGuiApplication([sys.argv[0] if sys.argv else "crosscheck", "-platform", "offscreen"])
