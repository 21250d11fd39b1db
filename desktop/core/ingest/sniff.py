"""Recognising a file by its first bytes, so a name that lies about the content is caught."""

from __future__ import annotations

import re

_SIGNATURES = [
    (b"PK\x03\x04", "zip"),
    (b"PK\x05\x06", "zip"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "ole"),  # Word 97-2003 .doc, old Excel...
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"GIF87a", "gif"),
    (b"GIF89a", "gif"),
    (b"\x1f\x8b", "gzip"),
    (b"7z\xbc\xaf\x27\x1c", "7z"),
    (b"Rar!\x1a\x07", "rar"),
    (b"\x7fELF", "elf"),
]


def binary_kind(data: bytes) -> str | None:
    """The kind of non-text file ``data`` starts like ("pdf", "zip", "ole", ...), else None."""
    for signature, kind in _SIGNATURES:
        if data.startswith(signature):
            return kind
    # Strict here: a text file may well mention "%PDF-" somewhere in its first lines.
    return "pdf" if data.startswith(b"%PDF-") else None


def is_pdf(data: bytes) -> bool:
    """Lenient, as PDF readers are: the header may follow junk bytes within the first kilobyte."""
    return b"%PDF-" in data[:1024]


# A page's source: a doctype or an <html> element before any text, or a <head>/<body> pair.
_HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]", re.I | re.S)
_HTML_PARTS = re.compile(rb"<head[\s>].*<body[\s>]", re.I | re.S)


def looks_like_html(data: bytes) -> bool:
    """Whether a "text" file is really a saved web page's markup."""
    start = data[:4096].lstrip(b"\xef\xbb\xbf")
    return _HTML_START.match(start) is not None or _HTML_PARTS.search(data[:65536]) is not None
