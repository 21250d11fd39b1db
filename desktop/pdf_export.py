"""PDF export through Qt's own PDF writer: no extra dependency, same fonts as the app.

Outside ``desktop.core`` because it needs Qt. Feed it ``export_html(..., for_print=True)``: Qt's
``QTextDocument`` renders a subset of HTML, and that variant keeps to it.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from desktop.core.errors import CrosscheckError

if TYPE_CHECKING:
    from PySide6.QtGui import QTextDocument

PageSize = Literal["A4", "Letter"]
PAGE_SIZES: tuple[PageSize, ...] = ("A4", "Letter")
MARGIN_MM = 12.0

# Kept for the life of the process: a QGuiApplication that is garbage collected takes Qt with it.
_app: object | None = None


def export_pdf(html: str, path: str | Path, page_size: PageSize = "A4") -> None:
    """Render ``html`` to a PDF at ``path``; the file appears whole or not at all."""
    if page_size not in PAGE_SIZES:
        raise ValueError(f"page size must be one of {PAGE_SIZES}, not {page_size!r}")
    _ensure_gui_app()
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

    path = Path(path)
    directory = path.parent if str(path.parent) else Path(".")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    os.close(fd)  # Qt opens the file by name itself
    try:
        writer = QPdfWriter(tmp_name)
        size_id = QPageSize.PageSizeId.A4 if page_size == "A4" else QPageSize.PageSizeId.Letter
        writer.setPageLayout(
            QPageLayout(
                QPageSize(size_id),
                QPageLayout.Orientation.Portrait,
                QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                QPageLayout.Unit.Millimeter,
            )
        )
        writer.setResolution(300)
        writer.setTitle("Crosscheck report")
        writer.setCreator("Crosscheck")
        rect = writer.pageLayout().paintRect(QPageLayout.Unit.Inch)
        document = layout_for_print(html, rect.width(), rect.height())
        document.print_(writer)
        del writer  # finishes the file
        with open(tmp_name, "rb") as f:
            if f.read(5) != b"%PDF-":
                raise CrosscheckError(f"{path}: Qt did not produce a PDF")
            os.fsync(f.fileno())
        _give_normal_mode(tmp_name, path)
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise


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
    document.setPageSize(QSizeF(width_in * 96, height_in * 96))
    return document


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


def _give_normal_mode(tmp_name: str, path: Path) -> None:
    """mkstemp makes owner-only files; a report is meant to be shared, so use what a plain write
    would: the replaced file's mode, or the default for new files under the current umask."""
    try:
        mode = path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    with contextlib.suppress(OSError):
        os.chmod(tmp_name, mode)
