"""Markdown to plain paragraphs: the words a reader sees, without the markup around them.

Not a full CommonMark parser: articles use headings, emphasis, links, lists and quotes, and
those are what this handles. Anything unrecognised is left as text rather than guessed away.
"""

from __future__ import annotations

import re

from desktop.core.ingest.article import RawArticle
from desktop.core.ingest.dates import parse_date
from desktop.core.ingest.normalise import clean_chars, clean_line
from desktop.core.ingest.text import decode_text

_FRONT_MATTER_KEYS = {"title", "date", "published", "author", "authors", "byline"}

_ATX_HEADING = re.compile(r"^ {0,3}#{1,6}(?:\s+(?P<text>.*?))?(?:\s+#+)?\s*$")
_SETEXT_UNDERLINE = re.compile(r"^ {0,3}(?:=+|-+)\s*$")
_RULE = re.compile(r"^ {0,3}(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])\s+(?P<text>.*)$")
_QUOTE = re.compile(r"^\s*(?:>\s?)+")
_FENCE = re.compile(r"^\s*(?:```|~~~)")
_LINK_DEFINITION = re.compile(r"^ {0,3}\[[^\]]+\]:\s*\S+.*$")
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)

_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>|~])")
_INLINE = [
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),  # images: the alt text is not article text
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # [text](url)
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),  # [text][ref]
    (re.compile(r"<((?:https?|mailto):[^>\s]+)>"), r"\1"),  # <https://...>
    (re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>"), ""),  # inline HTML tags
    (re.compile(r"`+([^`]+?)`+"), r"\1"),
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),
    (re.compile(r"\*(?=\S)(.+?)(?<=\S)\*"), r"\1"),
    (re.compile(r"(?<!\w)_(?=\S)(.+?)(?<=\S)_(?!\w)"), r"\1"),
    (re.compile(r"~~(?=\S)(.+?)(?<=\S)~~"), r"\1"),
]


def read_md(data: bytes, path: str) -> RawArticle:
    text, encoding = decode_text(data, path)
    return markdown_article(text, encoding=encoding)


def markdown_article(text: str, *, encoding: str | None = None) -> RawArticle:
    text = clean_chars(text)
    front, body = _split_front_matter(text)
    paragraphs, heading = _blocks(_HTML_COMMENT.sub("", body))
    title = _unquote(front.get("title")) or heading
    date = parse_date(_unquote(front.get("date") or front.get("published")) or "")
    byline = _unquote(front.get("author") or front.get("authors") or front.get("byline"))
    return RawArticle(
        paragraphs,
        title=title,
        prepend_title="title" in front,
        date=date,
        byline=byline,
        encoding=encoding,
    )


def inline_to_text(line: str) -> str:
    """Strip inline markup; escaped characters ("\\*") survive as themselves."""
    # Escaped characters go to the private-use area while the patterns run, then come back.
    line = _ESCAPE.sub(lambda m: chr(0xE000 + ord(m.group(1))), line)
    for pattern, replacement in _INLINE:
        line = pattern.sub(replacement, line)
    line = re.sub("[\ue000-\ue07f]", lambda m: chr(ord(m.group(0)) - 0xE000), line)
    return clean_line(line)


def _blocks(body: str) -> tuple[list[str], str | None]:
    """Paragraph texts, and the leading heading if the document opens with one."""
    paragraphs: list[str] = []
    heading: str | None = None
    current: list[str] = []
    in_fence = False

    def flush() -> None:
        if current:
            paragraphs.append(inline_to_text(" ".join(current)))
            current.clear()

    for raw in body.split("\n"):
        if _FENCE.match(raw):
            flush()
            in_fence = not in_fence
            continue
        if in_fence:
            paragraphs.append(clean_line(raw))
            continue
        line = _QUOTE.sub("", raw)
        if not line.strip():
            flush()
        elif current and _SETEXT_UNDERLINE.match(line):
            # "Title\n=====": the lines so far were a heading.
            text = inline_to_text(" ".join(current))
            current.clear()
            if not paragraphs and heading is None:
                heading = text
            paragraphs.append(text)
        elif _RULE.match(line) or _LINK_DEFINITION.match(line):
            flush()
        elif m := _ATX_HEADING.match(line):
            flush()
            text = inline_to_text(m.group("text") or "")
            if text and not paragraphs and heading is None:
                heading = text
            paragraphs.append(text)
        elif m := _LIST_ITEM.match(line):
            flush()
            current.append(m.group("text"))
        else:
            current.append(line.strip())
    flush()
    return [p for p in paragraphs if p], heading


def _split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """YAML-style ``---`` front matter: the few keys an article needs, read without a YAML
    parser."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return {}, text
    for end in range(1, min(len(lines), 60)):
        if lines[end].strip() in {"---", "..."}:
            front: dict[str, str] = {}
            for line in lines[1:end]:
                key, sep, value = line.partition(":")
                if sep and key.strip().lower() in _FRONT_MATTER_KEYS and value.strip():
                    front[key.strip().lower()] = value.strip()
            return front, "\n".join(lines[end + 1 :])
    return {}, text


def _unquote(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip().strip("\"'").strip()
    if value.startswith("[") and value.endswith("]"):  # authors: [Jane Doe, John Roe]
        value = ", ".join(v.strip().strip("\"'") for v in value[1:-1].split(","))
    return value or None
