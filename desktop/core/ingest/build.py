"""From a reader's paragraphs to the ``Document`` every other part of Crosscheck works on."""

from __future__ import annotations

import re

from desktop.core.ingest.article import NOT_ARTICLE_REASONS, RawArticle
from desktop.core.ingest.boilerplate import remove_boilerplate
from desktop.core.ingest.metadata import clean_title, read_header
from desktop.core.ingest.normalise import clean_chars, clean_line, join_text
from desktop.core.model import Document
from desktop.core.runtime.errors import IngestError

NO_TEXT = "contains no article text"

# "...for their safety.." - a doubled full stop closing a paragraph is a typo, while "..." is an
# ellipsis and stays.
_DOUBLED_STOP = re.compile(r"(?<![.])\.\.$")


def build_document(
    raw: RawArticle,
    *,
    source: str,
    fmt: str,
    sha256: str | None = None,
    encoding: str | None = None,
) -> Document:
    paragraphs = remove_boilerplate(_single_lines(raw.paragraphs))
    title = clean_line(clean_chars(raw.title)) if raw.title else None
    if title and raw.prepend_title and not (paragraphs and _same(paragraphs[0], title)):
        paragraphs.insert(0, title)
    header = read_header(paragraphs)
    text = join_text(_DOUBLED_STOP.sub(".", p) for p in header.paragraphs)
    if not text:
        raise IngestError(source, NOT_ARTICLE_REASONS.get(raw.not_article or "", NO_TEXT))
    byline = raw.byline or header.byline or raw.fallback_byline
    return Document(
        source=source,
        text=text,
        title=clean_title(title or header.title),
        date=raw.date or header.date or raw.fallback_date,
        byline=clean_line(byline).strip(" ,;|-") or None if byline else None,
        format=fmt,
        sha256=sha256,
        encoding=encoding if encoding is not None else raw.encoding,
    )


def _single_lines(paragraphs: list[str]) -> list[str]:
    """Readers promise one line per paragraph; this makes it so whatever slipped through."""
    lines: list[str] = []
    for paragraph in paragraphs:
        lines.extend(line for line in map(clean_line, clean_chars(paragraph).split("\n")) if line)
    return lines


def _same(a: str, b: str) -> bool:
    return a.casefold().strip(" .") == b.casefold().strip(" .")
