"""Which reader handles which file, decided by the extension and checked against the content."""

from __future__ import annotations

import os
import re
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

SAVE_THE_PAGE = "save the page from your browser (File > Save Page As) and open the saved file"
WEB_ADDRESS = "is a web address; Crosscheck works offline and never fetches pages: " + SAVE_THE_PAGE
RTF = "is a Rich Text (RTF) file; save it as .docx or plain text (.txt), then open that"
# Files people drop that are not articles but point at one, or hold one in a format not read:
# what each is, and what to do instead.
_NOT_READ_HERE = {
    ".url": "is a shortcut to a web page; Crosscheck works offline: " + SAVE_THE_PAGE,
    ".webloc": "is a shortcut to a web page; Crosscheck works offline: " + SAVE_THE_PAGE,
    ".doc": "is an old-style Word (.doc) file; save it as .docx first",
    ".rtf": RTF,
}
# "https://", or "https:/" once a path library has folded the double slash; "www." only counts
# when no such file exists (the caller checks), as a file may be named "www.example.txt".
_WEB_ADDRESS = re.compile(r"^(?:(?:https?|ftp):/{1,2}|www\.)", re.I)
# The order the user is told about them in.
ADVERTISED = tuple(_READERS)


def extension(path: str | PurePath) -> str:
    return PurePath(path).suffix.lower()


def check_not_web_address(path: str) -> None:
    """A pasted link is not a file: say so before the file system answers "not found"."""
    if _WEB_ADDRESS.match(path.strip()) and not os.path.lexists(path):
        raise IngestError(path, WEB_ADDRESS)


def reader_for(path: str) -> tuple[str, Reader]:
    """The (format, reader) for ``path``'s extension, or ``IngestError`` naming what is readable."""
    suffix = extension(path)
    if suffix in _NOT_READ_HERE:
        raise IngestError(path, _NOT_READ_HERE[suffix])
    if suffix not in _READERS:
        shown = f"'{suffix}'" if suffix else "(no extension)"
        raise IngestError(
            path, f"unsupported file type {shown}; Crosscheck reads {', '.join(ADVERTISED)}"
        )
    return _READERS[suffix]


def check_content(fmt: str, data: bytes, path: str) -> None:
    """Catch a file whose bytes are not what its extension promises, before a library chokes."""
    kind = binary_kind(data)
    if fmt != "pdf" and data.lstrip(b"\xef\xbb\xbf").startswith(b"{\\rtf"):
        raise IngestError(path, RTF)
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
