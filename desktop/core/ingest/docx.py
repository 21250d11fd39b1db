"""Word documents (.docx): body paragraphs, plus title, author and date from the file properties."""

from __future__ import annotations

import io
from datetime import datetime

from desktop.core.errors import IngestError
from desktop.core.ingest.article import RawArticle
from desktop.core.ingest.normalise import clean_chars, paragraphs_from_lines

NOT_DOCX = "is not a valid Word (.docx) document"

_HEADLINE_STYLES = ("title", "heading 1")

# Values that word processors and python-docx's own template put into new files: they say
# nothing about the article.
_PLACEHOLDER_AUTHORS = {
    "python-docx",
    "microsoft office user",
    "user",
    "admin",
    "administrator",
    "author",
    "unknown",
    "owner",
}
_PLACEHOLDER_TITLES = {"python-docx", "untitled", "document", "title"}
_TEMPLATE_CREATED = datetime(2013, 12, 23, 23, 15)  # python-docx's default.docx


def read_docx(data: bytes, path: str) -> RawArticle:
    try:
        import docx

        document = docx.Document(io.BytesIO(data))
        paragraphs = [(p.text, _style_name(p)) for p in document.paragraphs]
        properties = document.core_properties
        core_title, author, created = properties.title, properties.author, properties.created
    except Exception:  # python-docx raises zip, XML, key and value errors on damaged files
        raise IngestError(path, NOT_DOCX) from None

    lines: list[str] = []
    headline: str | None = None
    for text, style in paragraphs:
        # A soft line break inside a paragraph usually separates a byline from a date: keep
        # the pieces apart so the dateline reader sees them one by one.
        pieces = paragraphs_from_lines(clean_chars(text).split("\n"))
        if pieces and not lines and style.lower().startswith(_HEADLINE_STYLES):
            headline = " ".join(pieces)
        lines.extend(pieces)
    return RawArticle(
        lines,
        title=headline or _useful_title(core_title),
        fallback_date=_useful_date(created),
        fallback_byline=_useful_author(author),
    )


def _style_name(paragraph: object) -> str:
    try:
        style = paragraph.style  # type: ignore[attr-defined]
        return str(style.name or "") if style is not None else ""
    except Exception:  # a dangling style reference should not lose the paragraph
        return ""


def _useful_title(title: str | None) -> str | None:
    if not title or not title.strip():
        return None
    cleaned = clean_chars(title).strip()
    lowered = cleaned.lower()
    if lowered in _PLACEHOLDER_TITLES or lowered.endswith((".doc", ".docx", ".dotx")):
        return None
    return cleaned


def _useful_author(author: str | None) -> str | None:
    if not author or author.strip().lower() in _PLACEHOLDER_AUTHORS:
        return None
    return clean_chars(author).strip() or None


def _useful_date(created: datetime | None) -> str | None:
    if created is None or created.replace(tzinfo=None) == _TEMPLATE_CREATED:
        return None
    return created.date().isoformat()
