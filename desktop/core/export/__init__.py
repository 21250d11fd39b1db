"""Reports for people outside the app: self-contained HTML and CSV (PDF: desktop.qt.pdf_export).

The exporters read a ``Report`` (or a ``SavedComparison`` for the review's date and sources) and
return text; the ``write_*`` helpers write it atomically, so an export never leaves half a file.
"""

from __future__ import annotations

from pathlib import Path

from desktop.core.export.csv import CSV_ENCODING, export_csv
from desktop.core.export.html import export_html
from desktop.core.model import Report
from desktop.core.persistence.atomic import write_bytes_atomic
from desktop.core.persistence.persist import SavedComparison

__all__ = ["CSV_ENCODING", "export_csv", "export_html", "write_csv", "write_html"]


def write_html(path: str | Path, source: SavedComparison | Report) -> None:
    write_bytes_atomic(Path(path), export_html(source).encode("utf-8"))


def write_csv(path: str | Path, source: SavedComparison | Report) -> None:
    write_bytes_atomic(Path(path), export_csv(source).encode(CSV_ENCODING))
