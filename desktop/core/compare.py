"""One comparison from end to end: documents in, ``Report`` out. Pure orchestration, no Qt."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from desktop.core.errors import Cancelled
from desktop.core.model import Document, Report

Progress = Callable[[str, float], None]
"""Called with a stage name ("Reading", "Loading language model", "Extracting", "Aligning") and 0..1."""

IsCancelled = Callable[[], bool]


def compare_files(
    left: str | Path,
    right: str | Path,
    *,
    model: str | None = None,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> Report:
    """Read two article files and compare them. Raises ``IngestError`` for unreadable input."""
    from desktop.core.ingest import load_document

    _report(progress, "Reading", 0.0)
    left_doc = load_document(left)
    right_doc = load_document(right)
    _check(cancelled)
    return compare_documents(left_doc, right_doc, model=model, progress=progress, cancelled=cancelled)


def compare_documents(
    left: Document,
    right: Document,
    *,
    model: str | None = None,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> Report:
    raise NotImplementedError


def _report(progress: Progress | None, stage: str, fraction: float) -> None:
    if progress is not None:
        progress(stage, fraction)


def _check(cancelled: IsCancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise Cancelled()
