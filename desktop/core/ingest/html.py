"""Saved web pages: the article's own text and metadata, without the site around it.

trafilatura does the main-content extraction (it drops navigation, scripts, comment threads and
share bars) and reads title, author and date from meta tags and the markup. It is given the
page as a string and no URL, so it never fetches anything.
"""

from __future__ import annotations

import codecs
import re
from typing import Any

from desktop.core.errors import IngestError
from desktop.core.ingest.article import RawArticle
from desktop.core.ingest.dates import parse_date
from desktop.core.ingest.normalise import clean_chars, paragraphs_from_lines
from desktop.core.ingest.text import NOT_TEXT, decode_text

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)

# Elements that never hold article text; used only by the fallback extractor.
_NON_CONTENT = (
    "script",
    "style",
    "noscript",
    "template",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "iframe",
    "svg",
    "button",
    "select",
)
_BLOCKS = (
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "blockquote",
    "pre",
    "td",
    "th",
    "dt",
    "dd",
    "figcaption",
)
_LIST_MARKER = re.compile(r"^[-*•]\s+")


def read_html(data: bytes, path: str) -> RawArticle:
    markup, encoding = decode_html(data, path)
    return html_article(markup, path, encoding=encoding)


def decode_html(data: bytes, path: str) -> tuple[str, str]:
    """Decode with the page's declared charset when it has one and it fits, else by detection."""
    declared = _META_CHARSET.search(data[:4096])
    if declared and not data.startswith(
        (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
    ):
        try:
            name = codecs.lookup(declared.group(1).decode("ascii")).name
            # Browsers read a declared latin-1 as its superset cp1252; so does this.
            name = "cp1252" if name in {"latin-1", "iso8859-1", "ascii"} else name
            return data.decode(name), name
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration is common; fall back to looking at the bytes
    return decode_text(data, path)


def html_article(markup: str, path: str, *, encoding: str | None = None) -> RawArticle:
    if "\x00" in markup:
        raise IngestError(path, NOT_TEXT)
    try:
        extracted = _trafilatura(markup)
    except Exception:  # trafilatura/lxml on hostile markup: fall back to the plain reader
        extracted = None
    text = (extracted or {}).get("text") or ""
    if not text.strip():
        return RawArticle(_fallback_paragraphs(markup), encoding=encoding)
    paragraphs = [
        _LIST_MARKER.sub("", p) for p in paragraphs_from_lines(clean_chars(text).split("\n"))
    ]
    meta = extracted or {}
    return RawArticle(
        paragraphs,
        title=_text(meta.get("title")),
        prepend_title=True,
        date=parse_date(_text(meta.get("date")) or ""),
        byline=_text(meta.get("author")),
        encoding=encoding,
    )


def _trafilatura(markup: str) -> dict[str, Any] | None:
    import trafilatura

    document = trafilatura.bare_extraction(
        markup,
        url=None,
        include_comments=False,
        include_images=False,
        include_links=False,
        include_tables=True,
        with_metadata=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
        # trafilatura drops these itself, except in the plain fallback it uses for tiny pages.
        prune_xpath=["//nav", "//footer", "//form"],
    )
    if document is None:
        return None
    return document.as_dict() if hasattr(document, "as_dict") else dict(document)


def _fallback_paragraphs(markup: str) -> list[str]:
    """Block-level text of the page, for pages too small for trafilatura's heuristics."""
    import lxml.html

    try:
        root = lxml.html.document_fromstring(markup)
    except Exception:  # empty or unparsable markup has no article text
        return []
    # Collected first: dropping while iterating would skip the next sibling.
    for element in [*root.xpath("//comment()"), *root.iter(*_NON_CONTENT)]:
        if element.getparent() is not None:
            element.drop_tree()
    body = root.find("body")
    if body is None:
        return []
    lines: list[str] = []
    blocks = list(body.iter(*_BLOCKS))
    if blocks:
        for block in blocks:
            if any(ancestor.tag in _BLOCKS for ancestor in block.iterancestors()):
                continue  # its text is part of the enclosing block's
            lines.append(block.text_content())
    else:
        lines = body.text_content().split("\n")
    return paragraphs_from_lines(clean_chars("\n".join(lines)).split("\n"))


def _text(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    cleaned = clean_chars(value).strip()
    return cleaned or None
