"""Saved web pages: the article's own text and metadata, without the site around it.

trafilatura does the main-content extraction (it drops navigation, scripts, comment threads and
share bars) and reads title, author and date from meta tags and the markup. It is given the
page as a string and no URL, so it never fetches anything.
"""

from __future__ import annotations

import codecs
import re
from typing import Any

from desktop.core.ingest.article import RawArticle
from desktop.core.ingest.dates import parse_date
from desktop.core.ingest.normalise import clean_chars, paragraphs_from_lines
from desktop.core.ingest.pagemeta import (
    PageFacts,
    best_title,
    not_article_reason,
    page_facts,
    useful_byline,
)
from desktop.core.ingest.text import STRAY_NUL_MAX_SHARE, decode_text
from desktop.core.ingest.webpage import body_lines, prepare
from desktop.core.runtime.errors import IngestError

# Elements a page may have. The largest of 311 saved news and blog pages on the dev set had about
# 10,000; the extractor's time grows faster than the page (300,000 took over a minute).
MAX_PAGE_ELEMENTS = 60_000

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
    """Decode with the page's declared charset when the bytes bear it out, else by detection.

    Declarations lie: a page re-saved by an editor as UTF-8 keeps its old ``latin-1`` tag, and a
    tag saying UTF-16 on a page whose tag could be read as ASCII is impossible (browsers read
    it as UTF-8, as the HTML standard says). Bytes that are valid UTF-8 and not plain ASCII are
    UTF-8 whatever the tag says: a single-byte text almost never happens to form valid UTF-8.
    """
    declared = _META_CHARSET.search(data[:4096])
    if declared and not data.startswith(
        (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
    ):
        try:
            name = codecs.lookup(declared.group(1).decode("ascii")).name
        except LookupError:
            name = ""  # an unknown label: look at the bytes
        if name and not name.startswith(("utf-16", "utf-32")) and not _is_utf8_text(data):
            # Browsers read a declared latin-1 as its superset cp1252; so does this.
            name = "cp1252" if name in {"latin-1", "iso8859-1", "ascii"} else name
            try:
                return data.decode(name), name
            except UnicodeDecodeError:
                pass  # a wrong declaration is common; fall back to looking at the bytes
    return decode_text(data.replace(b"\x00", b"") if _stray_nuls(data) else data, path)


def _is_utf8_text(data: bytes) -> bool:
    if data.isascii():
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _stray_nuls(data: bytes) -> bool:
    """A few NUL bytes in a page whose markup was found as ASCII: damage, not UTF-16."""
    return 0 < data.count(0) <= len(data) * STRAY_NUL_MAX_SHARE


def html_article(markup: str, path: str, *, encoding: str | None = None) -> RawArticle:
    tags = markup.count("<")
    if tags > 2 * MAX_PAGE_ELEMENTS:  # an opening and a closing tag per element
        raise IngestError(
            path,
            f"is too large a web page to be one article (about {tags // 2:,} elements; "
            f"the limit is {MAX_PAGE_ELEMENTS:,})",
        )
    # A stray NUL (a damaged save) is no reason to refuse a page; lxml cannot take one.
    markup = markup.replace("\x00", "")
    try:
        extracted, facts = _extract(markup)
    except Exception:  # trafilatura/lxml on hostile markup: fall back to the plain reader
        extracted, facts = None, None
    text = (extracted or {}).get("text") or ""
    if not text.strip():
        paragraphs = _fallback_paragraphs(markup)
        reason = not_article_reason(facts, "\n".join(paragraphs), None) if facts else None
        return RawArticle(paragraphs, encoding=encoding, not_article=reason)
    paragraphs = [
        _LIST_MARKER.sub("", p) for p in paragraphs_from_lines(clean_chars(text).split("\n"))
    ]
    meta = extracted or {}
    body = "\n".join(paragraphs)
    title = _text(meta.get("title"))
    if facts is not None:
        title = best_title(title, facts, body)
    return RawArticle(
        paragraphs,
        title=title,
        prepend_title=True,
        date=parse_date(_text(meta.get("date")) or ""),
        byline=useful_byline(_text(meta.get("author"))),
        encoding=encoding,
        not_article=not_article_reason(facts, body, title) if facts else None,
    )


def _extract(markup: str) -> tuple[dict[str, Any] | None, PageFacts | None]:
    import trafilatura
    from trafilatura.utils import load_html

    # trafilatura's own loader (comments removed, faulty markup repaired), then our clean-up.
    root = load_html(markup)
    if root is None:
        return None, None
    facts = page_facts(root)
    prepare(root)
    document = trafilatura.bare_extraction(
        root,
        url=None,
        include_comments=False,
        include_images=False,
        include_links=False,
        include_tables=True,
        with_metadata=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if document is None or isinstance(document, dict):
        return document, facts
    fields: dict[str, Any] = document.as_dict()
    if document.body is not None:
        fields["text"] = body_lines(document.body)
    return fields, facts


def _fallback_paragraphs(markup: str) -> list[str]:
    """Block-level text of the page, for pages too small for trafilatura's heuristics."""
    import lxml.html

    try:
        root = lxml.html.document_fromstring(markup)
    except Exception:  # empty or unparsable markup has no article text
        return []
    prepare(root)  # a page-wide <form> or <nav> wrapper is the page, not furniture to drop
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
