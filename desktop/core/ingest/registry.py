"""Which reader handles which file, decided by the extension and checked against the content."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import PurePath

from desktop.core.ingest.article import RawArticle
from desktop.core.ingest.docx import NOT_DOCX, read_docx
from desktop.core.ingest.html import read_html
from desktop.core.ingest.markdown import read_md
from desktop.core.ingest.pdf import NOT_PDF, read_pdf
from desktop.core.ingest.sniff import binary_kind, is_pdf
from desktop.core.ingest.text import NOT_TEXT, read_txt
from desktop.core.runtime.errors import IngestError

Reader = Callable[[bytes, str], RawArticle]

# Extension -> (format name, reader). The format name is what ``Document.format`` records.
_READERS: dict[str, tuple[str, Reader]] = {
    ".txt": ("txt", read_txt),
    ".md": ("md", read_md),
    ".html": ("html", read_html),
    ".htm": ("html", read_html),
    ".docx": ("docx", read_docx),
    ".pdf": ("pdf", read_pdf),
}

SUPPORTED_EXTENSIONS: frozenset[str] = frozenset(_READERS)
# The order the user is told about them in.
ADVERTISED = tuple(_READERS)


def extension(path: str | PurePath) -> str:
    return PurePath(path).suffix.lower()


def reader_for(path: str) -> tuple[str, Reader]:
    """The (format, reader) for ``path``'s extension, or ``IngestError`` naming what is readable."""
    suffix = extension(path)
    if suffix not in _READERS:
        shown = f"'{suffix}'" if suffix else "(no extension)"
        raise IngestError(
            path, f"unsupported file type {shown}; Crosscheck reads {', '.join(ADVERTISED)}"
        )
    return _READERS[suffix]


def check_content(fmt: str, data: bytes, path: str) -> None:
    """Catch a file whose bytes are not what its extension promises, before a library chokes."""
    kind = binary_kind(data)
    if fmt == "pdf":
        if not is_pdf(data):
            raise IngestError(path, NOT_PDF)
    elif fmt == "docx":
        if kind == "ole":
            raise IngestError(path, "is an old-style Word (.doc) file; save it as .docx first")
        if kind != "zip":
            raise IngestError(path, NOT_DOCX)
    elif kind is not None:
        raise IngestError(path, NOT_TEXT)
