"""PDFs with a text layer: page text rejoined into paragraphs, running headers and folios
dropped."""

from __future__ import annotations

import io
import logging
import re
from collections import Counter

from desktop.core.ingest.article import RawArticle
from desktop.core.ingest.normalise import clean_chars, clean_line, unwrap_lines
from desktop.core.ingest.sniff import is_pdf
from desktop.core.runtime.errors import IngestError

NOT_PDF = "is not a valid PDF"
NO_TEXT_LAYER = "has no text layer (is it a scan?)"
ENCRYPTED = "is password-protected"

# "3", "- 3 -", "Page 3", "Page 3 of 12", "3/12": folios, not text.
_PAGE_NUMBER = re.compile(
    r"^(?:page\s+)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:/|of)\s*\d{1,4})?$", re.I
)

_PLACEHOLDER_TITLES = re.compile(
    r"^(?:untitled.*|document\d*|microsoft (?:word|powerpoint) - .*|.*\.(?:docx?|pdf|indd|txt))$",
    re.I,
)


def read_pdf(data: bytes, path: str) -> RawArticle:
    if not is_pdf(data):
        raise IngestError(path, NOT_PDF)
    pages, title = _extract(data, path)
    lines = _drop_page_furniture(pages)
    if not any(lines):
        raise IngestError(path, NO_TEXT_LAYER)
    return RawArticle(unwrap_lines(lines, vocabulary="\n".join(lines)), title=title)


def _extract(data: bytes, path: str) -> tuple[list[list[str]], str | None]:
    import pypdf

    # pypdf reports recoverable damage through logging; the user sees either text or our error.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise IngestError(path, ENCRYPTED)
        pages = [_page_lines(page.extract_text() or "") for page in reader.pages]
    except IngestError:
        raise
    except pypdf.errors.FileNotDecryptedError:
        raise IngestError(path, ENCRYPTED) from None
    except Exception:  # pypdf raises many types (and plain ValueError/KeyError) on broken files
        raise IngestError(path, NOT_PDF) from None
    try:
        title = _useful_title(reader.metadata.title if reader.metadata else None)
    except Exception:  # a damaged Info dictionary costs only the title
        title = None
    return pages, title


def _page_lines(text: str) -> list[str]:
    return [clean_line(line) for line in clean_chars(text).split("\n")]


def _drop_page_furniture(pages: list[list[str]]) -> list[str]:
    """All pages' lines in order, without folios and running heads/feet repeated on most pages."""
    repeated: set[str] = set()
    if len(pages) >= 3:
        edges = Counter(
            line for page in pages for line in {*_non_blank(page)[:2], *_non_blank(page)[-2:]}
        )
        repeated = {line for line, count in edges.items() if count >= max(3, len(pages) // 2)}
    lines: list[str] = []
    for page in pages:
        content = _non_blank(page)
        edge = {*content[:2], *content[-2:]}
        for line in page:
            if line in edge and (line in repeated or _PAGE_NUMBER.match(line)):
                continue
            lines.append(line)
    return lines


def _non_blank(lines: list[str]) -> list[str]:
    return [line for line in lines if line]


def _useful_title(title: object) -> str | None:
    if not isinstance(title, str):
        return None
    cleaned = clean_line(clean_chars(title))
    if not cleaned or _PLACEHOLDER_TITLES.match(cleaned):
        return None
    return cleaned
