"""One export dispatch: the command line and the window write the same bytes for a comparison."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.core.export.export_kinds import ExportKind, export_bytes, export_text, write_export
from desktop.core.persistence.persist import SavedComparison
from desktop.core.runtime.errors import CrosscheckError
from tests.factories import finding, report

TEXTS = ("Ivan Kovgan died on Tuesday.", "Ivan Petrov died on Tuesday.")
SAVED = SavedComparison(
    report(TEXTS, [finding(TEXTS, "c1", "conflict", "person", ["Ivan Kovgan"], ["Ivan Petrov"])]),
    saved_at="2024-05-02T10:31:00Z",
    saved_by="Ana",
)


@pytest.mark.parametrize("kind", [ExportKind.HTML, ExportKind.CSV, ExportKind.JSON])
def test_each_text_export_is_written_whole_under_its_suffix(tmp_path: Path, kind) -> None:
    path = tmp_path / f"report{kind.suffix}"
    write_export(path, kind, SAVED)
    assert path.read_bytes() == export_bytes(kind, SAVED)
    assert [p.name for p in tmp_path.iterdir()] == [path.name], "no temporary file is left"


def test_the_csv_opens_in_a_spreadsheet_and_the_json_is_the_report() -> None:
    assert export_bytes(ExportKind.CSV, SAVED).startswith(b"\xef\xbb\xbf")
    data = json.loads(export_text(ExportKind.JSON, SAVED))
    assert [f["id"] for f in data["findings"]] == ["c1"]


def test_a_pdf_is_rendered_from_the_print_html_on_the_chosen_paper() -> None:
    calls: list[tuple[str, str]] = []

    def render(html: str, page_size: str) -> bytes:
        calls.append((html, page_size))
        return b"%PDF-1.4 fake"

    assert export_bytes(ExportKind.PDF, SAVED, render_pdf=render, page_size="Letter").startswith(
        b"%PDF-"
    )
    ((html, page_size),) = calls
    assert "Ivan Kovgan" in html and page_size == "Letter"


def test_a_pdf_without_a_renderer_is_a_plain_error() -> None:
    with pytest.raises(CrosscheckError, match="PDF"):
        export_bytes(ExportKind.PDF, SAVED)
    with pytest.raises(ValueError):
        export_text(ExportKind.PDF, SAVED)
