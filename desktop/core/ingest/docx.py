"""Word documents (.docx): every paragraph a reader sees, plus title, author and date.

The package's XML is read directly rather than through python-docx's object model, which lists
only top-level paragraphs: text in tables and text boxes is part of the article too, and Strict
Office Open XML (Word's "Strict Open XML Document", other namespaces) is still a Word document.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from desktop.core.ingest.article import RawArticle
from desktop.core.ingest.normalise import clean_chars, paragraphs_from_lines
from desktop.core.runtime.errors import IngestError

NOT_DOCX = "is not a valid Word (.docx) document"

_HEADLINE_STYLES = ("title", "heading 1", "heading1")

# The two namespaces of WordprocessingML: Transitional (what Word writes by default) and Strict.
_WORD_NAMESPACES = (
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "http://purl.oclc.org/ooxml/wordprocessingml/main",
)
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_DC = "{http://purl.org/dc/elements/1.1/}"
_DCTERMS = "{http://purl.org/dc/terms/}"

# Uncompressed size of one part above which the file is refused: a real article's document.xml
# is well under a megabyte, while a "zip bomb" inflates a small file to gigabytes.
MAX_PART_BYTES = 64 * 1024 * 1024

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
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            body = _xml(package, _main_part(package))
            styles = _style_names(package)
            core = _xml(package, "docProps/core.xml", required=False)
    except IngestError:
        raise
    except Exception:  # zip, XML and key errors on damaged files
        raise IngestError(path, NOT_DOCX) from None
    namespace = _namespace(body)
    if namespace is None:
        raise IngestError(path, NOT_DOCX)

    lines: list[str] = []
    headline: str | None = None
    for text, style in _paragraphs(body, namespace, styles):
        # A soft line break inside a paragraph usually separates a byline from a date: keep
        # the pieces apart so the dateline reader sees them one by one.
        pieces = paragraphs_from_lines(clean_chars(text).split("\n"))
        if pieces and not lines and style.lower().startswith(_HEADLINE_STYLES):
            headline = " ".join(pieces)
        lines.extend(pieces)
    core_title, author, created = _core_properties(core)
    return RawArticle(
        lines,
        title=headline or _useful_title(core_title),
        fallback_date=_useful_date(created),
        fallback_byline=_useful_author(author),
    )


def _main_part(package: zipfile.ZipFile) -> str:
    """The main document part's name, from the package relationships (usually word/document.xml)."""
    try:
        rels = _xml(package, "_rels/.rels")
    except KeyError:
        return "word/document.xml"
    for rel in rels:
        if str(rel.get("Type", "")).endswith("/officeDocument"):
            return str(rel.get("Target", "word/document.xml")).lstrip("/")
    return "word/document.xml"


def _xml(package: zipfile.ZipFile, name: str, *, required: bool = True) -> Any:
    from lxml import etree

    try:
        info = package.getinfo(name)
    except KeyError:
        if required:
            raise
        return None
    if info.file_size > MAX_PART_BYTES:
        raise ValueError(f"{name} is too large")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    return etree.fromstring(package.read(info), parser)


def _namespace(root: Any) -> str | None:
    tag = root.tag if isinstance(root.tag, str) else ""
    for namespace in _WORD_NAMESPACES:
        if tag.startswith(f"{{{namespace}}}"):
            return namespace
    return None


def _paragraphs(root: Any, ns: str, styles: dict[str, str]) -> Iterator[tuple[str, str]]:
    """(text, style name) of every paragraph in reading order: body, table cells, text boxes.

    A text box is stored inside the paragraph it is anchored to, and Word writes it twice (a
    DrawingML version and a VML fallback): the fallback is skipped, and the box's paragraphs
    follow their anchor's own text.
    """
    w = f"{{{ns}}}"
    body = root.find(f"{w}body")
    if body is None:
        return
    for paragraph in body.iter(f"{w}p"):
        if any(a.tag == _MC_FALLBACK for a in paragraph.iterancestors()):
            continue
        yield _own_text(paragraph, w), _paragraph_style(paragraph, w, styles)


def _own_text(paragraph: Any, w: str) -> str:
    """The paragraph's text, without the text of paragraphs nested in it (text boxes)."""
    parts: list[str] = []
    removed = (f"{w}del", f"{w}moveFrom")  # tracked changes: text that is no longer there
    for node in paragraph.iter(f"{w}t", f"{w}tab", f"{w}br", f"{w}cr", f"{w}noBreakHyphen"):
        if _nearest_paragraph(node, w) is not paragraph:
            continue
        if any(a.tag in removed for a in node.iterancestors(*removed)):
            continue
        if node.tag == f"{w}t":
            parts.append(node.text or "")
        elif node.tag == f"{w}tab":
            parts.append(" ")
        elif node.tag == f"{w}noBreakHyphen":
            parts.append("-")
        else:
            parts.append("\n")
    return "".join(parts)


def _nearest_paragraph(node: Any, w: str) -> Any:
    for ancestor in node.iterancestors(f"{w}p"):
        return ancestor
    return None


def _paragraph_style(paragraph: Any, w: str, styles: dict[str, str]) -> str:
    style = paragraph.find(f"{w}pPr/{w}pStyle")
    if style is None:
        return ""
    style_id = str(style.get(f"{w}val", ""))
    return styles.get(style_id, style_id)


def _style_names(package: zipfile.ZipFile) -> dict[str, str]:
    """Style id -> name ("Heading1" -> "heading 1"); empty when the part is missing or damaged."""
    try:
        root = _xml(package, "word/styles.xml", required=False)
    except Exception:  # a damaged styles part costs only the headline detection
        return {}
    if root is None or (ns := _namespace(root)) is None:
        return {}
    w = f"{{{ns}}}"
    names: dict[str, str] = {}
    for style in root.iter(f"{w}style"):
        name = style.find(f"{w}name")
        if name is not None:
            names[str(style.get(f"{w}styleId", ""))] = str(name.get(f"{w}val", ""))
    return names


def _core_properties(core: Any) -> tuple[str | None, str | None, datetime | None]:
    if core is None:
        return None, None, None
    title = core.findtext(f"{_DC}title")
    author = core.findtext(f"{_DC}creator")
    created_text = (core.findtext(f"{_DCTERMS}created") or "").strip()
    try:
        created = (
            datetime.fromisoformat(created_text.replace("Z", "+00:00")) if created_text else None
        )
    except ValueError:
        created = None
    return title, author, created


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
