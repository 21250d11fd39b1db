"""Ingest: article files on disk (or pasted text) become ``Document`` records.

Every failure reaches the caller as ``IngestError(path, reason)`` with a reason fit to show a
user; no library exception or traceback gets out. Input files are only ever read.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass

from desktop.core.ingest.article import RawArticle
from desktop.core.ingest.boilerplate import is_paywall_stub
from desktop.core.ingest.build import build_document
from desktop.core.ingest.files import MB, check_file, read_bytes
from desktop.core.ingest.html import html_article, read_html
from desktop.core.ingest.markdown import markdown_article
from desktop.core.ingest.registry import (
    SUPPORTED_EXTENSIONS,
    check_content,
    check_not_web_address,
    extension,
    reader_for,
)
from desktop.core.ingest.sniff import looks_like_html
from desktop.core.ingest.text import plain_text_paragraphs
from desktop.core.model import Document
from desktop.core.runtime.errors import IngestError

__all__ = [
    "DEFAULT_MAX_BYTES",
    "SUPPORTED_EXTENSIONS",
    "LoadedArticle",
    "document_from_text",
    "is_supported",
    "load_article",
    "load_document",
]

DEFAULT_MAX_BYTES = 20 * MB
"""News articles are kilobytes; a bigger file is almost surely the wrong one (or a PDF of scans)."""


def is_supported(path: str | os.PathLike[str]) -> bool:
    """Whether Crosscheck has a reader for ``path``'s extension (the file is not opened)."""
    return extension(os.fspath(path)) in SUPPORTED_EXTENSIONS


@dataclass(frozen=True, slots=True)
class LoadedArticle:
    document: Document
    # What the file showed itself to be instead of an article: "redirect", "front_page", "paywall".
    not_article: str | None = None


def load_document(path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read an article file. Raises ``IngestError`` (and nothing else) when it cannot."""
    return load_article(path, max_bytes=max_bytes).document


def load_article(
    path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES
) -> LoadedArticle:
    """``load_document``, plus what the file's markup says about it being an article at all."""
    source = os.fspath(path)
    check_not_web_address(source)
    check_file(source)
    fmt, reader = reader_for(source)
    data = read_bytes(source, max_bytes)
    check_content(fmt, data, source)
    try:
        if fmt in ("txt", "md") and looks_like_html(data):
            # A page's source saved as .txt: read it as the page it is (a notice says so).
            fmt, reader = "html", read_html
        raw = reader(data, source)
        document = build_document(
            raw, source=source, fmt=fmt, sha256=hashlib.sha256(data).hexdigest()
        )
        paywall = "paywall" if is_paywall_stub(raw.paragraphs) else None
        return LoadedArticle(document, raw.not_article or paywall)
    except IngestError:
        raise
    except Exception as exc:  # the promise is "IngestError or a Document", whatever went wrong
        raise IngestError(source, f"could not be read ({type(exc).__name__})") from exc


def document_from_text(
    text: str,
    *,
    source: str = "<text>",
    fmt: str = "txt",
    sha256: str | None = None,
    encoding: str | None = None,
) -> Document:
    """A ``Document`` from text already in memory (pasted, or from a test), read as ``fmt``.

    ``fmt`` is "txt", "md" or "html"; binary formats need ``load_document``.
    """
    raw: RawArticle
    if fmt == "txt":
        raw = RawArticle(plain_text_paragraphs(text))
    elif fmt == "md":
        raw = markdown_article(text)
    elif fmt == "html":
        raw = html_article(text, source)
    else:
        raise ValueError(f"document_from_text reads txt, md or html, not {fmt!r}")
    return build_document(raw, source=source, fmt=fmt, sha256=sha256, encoding=encoding)
