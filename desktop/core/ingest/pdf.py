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
NO_TEXT_LAYER = (
    "has no text layer, only images (is it a scan?); run OCR on it or export it as text, "
    "then open that"
)
GARBLED_TEXT_LAYER = (
    "has a damaged text layer (its words run together, or come one letter at a time); "
    "export it as text or run OCR on it, then open that"
)
ENCRYPTED = "is password-protected"

# "3", "- 3 -", "Page 3", "Page 3 of 12", "3/12": folios, not text.
_PAGE_NUMBER = re.compile(
    r"^(?:page\s+)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:/|of)\s*\d{1,4})?$", re.I
)

# A text layer is judged garbled when most of its letters sit in "words" no language has: single
# letters (a layout that puts one glyph per line or spaces every glyph) or runs longer than any
# English word (a layout that drops the spaces). In English prose single-letter words ("a", "I")
# hold about 1% of the letters and 20-letter words almost none, so half is far from any article;
# set by the ingest battery (tests/core/test_odd_inputs.py); on the 1,450 corpus article texts
# (stop 56) it calls none garbled.
GARBLED_LETTER_SHARE = 0.5
RUN_TOGETHER_LENGTH = 20
# Below this many letters there is too little text to judge (a caption, a one-line memo).
GARBLED_MIN_LETTERS = 40

_WORD = re.compile(r"[^\W\d_]+")
# Scripts written without spaces between words (Chinese, Japanese, Thai, Lao, Khmer, Myanmar):
# their long runs are how the language is written, not a lost space, so they are not judged.
_UNSPACED_SCRIPT = re.compile(
    "[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]"
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
    if is_garbled("\n".join(lines)):
        raise IngestError(path, GARBLED_TEXT_LAYER)
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


def is_garbled(text: str) -> bool:
    """Whether most letters of ``text`` are in one-letter or run-together "words"."""
    words = [
        word
        for token in text.split()
        for word in _WORD.findall(token)
        if not _UNSPACED_SCRIPT.search(word)
    ]
    letters = sum(map(len, words))
    if letters < GARBLED_MIN_LETTERS:
        return False
    odd = sum(len(w) for w in words if len(w) == 1 or len(w) >= RUN_TOGETHER_LENGTH)
    return odd / letters > GARBLED_LETTER_SHARE


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
