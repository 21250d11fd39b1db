"""Every report the app writes for people outside it, by kind: one dispatch for the command line
and the window, so both write the same bytes for the same comparison.

PDF needs Qt, which the core never imports: the caller passes a renderer
(``desktop.qt.pdf_export.render_pdf``) that turns the print variant of the HTML into PDF bytes.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core.persistence import atomic
from desktop.core.runtime.errors import CrosscheckError

if TYPE_CHECKING:
    from desktop.core.persistence.persist import SavedComparison

# (print-ready HTML, page size "A4" or "Letter") -> the bytes of a PDF.
PdfRenderer = Callable[[str, str], bytes]


class ExportKind(StrEnum):
    HTML = "html"
    PDF = "pdf"
    CSV = "csv"
    JSON = "json"

    @property
    def suffix(self) -> str:
        return f".{self.value}"


def export_text(kind: ExportKind, saved: SavedComparison) -> str:
    """The export as text, for standard output; PDF is binary and has none."""
    # The exporters are imported on first use: the window names the kinds before it paints.
    from desktop.core.export import export_csv, export_html
    from desktop.core.report import report_to_json

    if kind is ExportKind.HTML:
        return export_html(saved)
    if kind is ExportKind.CSV:
        return export_csv(saved)
    if kind is ExportKind.JSON:
        return report_to_json(saved.report)
    raise ValueError(f"{kind.value} has no text form")


def export_bytes(
    kind: ExportKind,
    saved: SavedComparison,
    *,
    render_pdf: PdfRenderer | None = None,
    page_size: str = "A4",
) -> bytes:
    """The file's bytes: UTF-8 text (CSV with the byte-order mark spreadsheets need), or a PDF."""
    from desktop.core.export import CSV_ENCODING, export_html

    if kind is ExportKind.PDF:
        if render_pdf is None:
            raise CrosscheckError("PDF export needs Qt's PDF writer, which is not available")
        return render_pdf(export_html(saved, for_print=True), page_size)
    encoding = CSV_ENCODING if kind is ExportKind.CSV else "utf-8"
    return export_text(kind, saved).encode(encoding)


def write_export(
    path: Path,
    kind: ExportKind,
    saved: SavedComparison,
    *,
    render_pdf: PdfRenderer | None = None,
    page_size: str = "A4",
) -> None:
    """Write the export to ``path`` atomically: the file appears whole or not at all."""
    data = export_bytes(kind, saved, render_pdf=render_pdf, page_size=page_size)
    atomic.write_bytes_atomic(Path(path), data)
