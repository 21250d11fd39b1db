"""The top of an article: headline, dateline and byline.

Datelines and bylines are facts about the article, not in it: left in the text they would be
compared as if the story reported them. They are moved to ``Document.date``/``byline`` and cut
from the text. The headline stays in the text (it often carries the story's key claim) and is
also copied, cleaned of hashtags, to ``Document.title``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from desktop.core.ingest.dates import is_date_only, is_time_only, parse_date

# Metadata lines appear among the first few paragraphs (headline, standfirst, dateline, byline);
# further down a date-only line is more likely part of the story (a timeline, a list).
HEADER_ZONE = 5

_MAX_META_LINE = 120

_UPPER = "A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁІЇЄҐ"
_NAME_WORD = rf"[{_UPPER}][\w'’.\-]*"
_PARTICLE = r"(?:van|von|de|da|del|der|di|du|la|le|bin|ibn|al|el|ter|ten)"
_NAME = rf"{_NAME_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_NAME_WORD}){{0,4}}"
_NAMES = rf"{_NAME}(?:\s*(?:,|\band\b|&)\s*{_NAME}){{0,3}}"

# "By John Smith", "By JOHN SMITH, Associated Press", "Posted by Jane Doe on May 3, 2013",
# "By" (name stripped by the site). Case matters in the name: "By the time..." is a sentence.
_BYLINE = re.compile(
    r"(?i:(?:(?:written|words|reporting|story|posted|published|photos?|text)\s+)?by|authors?)\b"
    rf"\s*:?\s*(?P<names>{_NAMES})?"
    r"(?:\s*(?:,|\s[-–—]|\bon\b)\s*(?P<rest>.+?))?\s*"
)
_DATE_LABEL = re.compile(
    r"(?i:(?:(?:article|story|originally|first)\s+)?(?P<label>published|posted|updated|last\s+updated|"
    r"last\s+modified|modified|created|dated?|on))\b\s*(?i:(?:on|at)\b)?\s*:?\s*"
)
# "date 2023-11-09 Azerbaijan's President..." - a label glued to the first sentence.
_INLINE_DATE = re.compile(
    r"\s*(?i:date|dated|published|posted|updated)\s*:?\s*"
    r"(?P<date>\d{4}-\d{1,2}-\d{1,2}|\d{1,2}/\d{1,2}/\d{4}|"
    r"[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]{2,8}\.? \d{4})\s+(?P<rest>\S.*)",
    re.DOTALL,
)
_PART_SEPARATOR = re.compile(r"\s*[|•·]\s*")
_CALENDAR_WORD = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|yesterday|"
    r"january|february|march|april|may|june|july|august|september|october|november|december)\b",
    re.IGNORECASE,
)
_HASHTAG = re.compile(r"(?<![\w#])#(?=\w)")


@dataclass(frozen=True, slots=True)
class Header:
    paragraphs: list[str]  # the input minus metadata lines
    title: str | None  # the headline as it stands in ``paragraphs[0]``, if there is one
    date: str | None
    byline: str | None


@dataclass(slots=True)
class _Found:
    published: str | None = None
    updated: str | None = None
    byline: str | None = None


def read_header(paragraphs: Sequence[str]) -> Header:
    """Pull dateline and byline out of the first paragraphs and spot the headline."""
    found = _Found()
    kept = list(paragraphs)
    if kept:
        kept[0] = _strip_inline_date(kept[0], found)
    zone = min(HEADER_ZONE, len(kept))
    head = [p for p in kept[:zone] if not _read_meta_line(p, found)]
    kept = head + kept[zone:]
    title = kept[0] if len(kept) > 1 and looks_like_headline(kept[0]) else None
    return Header(kept, title, found.published or found.updated, found.byline)


def looks_like_headline(paragraph: str) -> bool:
    """A short line without a closing full stop, as headlines are written."""
    text = paragraph.strip()
    if not text or len(text) > 250 or len(text.split()) > 35:
        return False
    if text[0].islower():
        return False
    return not re.search(r"(?<!\.\.)[.,;:]$", text)


def clean_title(title: str | None) -> str | None:
    """The title as metadata: hashtag signs dropped ("#Russian Peacekeepers" -> "Russian ...")."""
    if title is None:
        return None
    cleaned = re.sub(r"\s+", " ", _HASHTAG.sub("", title)).strip()
    return cleaned or None


def parse_byline(line: str) -> tuple[bool, str | None, str | None]:
    """(is a byline, author names, date) for one dateline/byline part."""
    m = _BYLINE.fullmatch(line.strip())
    if m is None:
        return False, None, None
    names, rest = m.group("names"), m.group("rest")
    if names and _CALENDAR_WORD.search(names):
        return False, None, None  # "By Monday, the rebels..." is a sentence
    date = None
    if rest:
        if is_date_only(rest):
            date = parse_date(rest)
        elif not _is_affiliation(rest):
            return False, None, None
    return True, names, date


def _strip_inline_date(paragraph: str, found: _Found) -> str:
    m = _INLINE_DATE.fullmatch(paragraph)
    if m is None:
        return paragraph
    date = parse_date(m.group("date"))
    if date is None:
        return paragraph
    found.published = found.published or date
    return m.group("rest").strip()


def _read_meta_line(paragraph: str, found: _Found) -> bool:
    """Record what a dateline/byline paragraph says; False (and nothing recorded) otherwise."""
    if len(paragraph) > _MAX_META_LINE:
        return False
    parts = [part for part in _PART_SEPARATOR.split(paragraph.strip()) if part]
    local = _Found()
    for part in parts:
        if not (_read_dateline(part, local) or _read_byline(part, local)):
            return False
    if not parts:
        return False
    found.published = found.published or local.published
    found.updated = found.updated or local.updated
    found.byline = found.byline or local.byline
    return True


def _read_dateline(part: str, found: _Found) -> bool:
    if is_time_only(part):
        return True  # "May 3, 2013 | 8:20 am": the time beside a date says nothing more
    label = _DATE_LABEL.match(part)
    rest = part[label.end() :] if label else part
    if not is_date_only(rest):
        return False
    date = parse_date(rest)
    if date is None:
        return False
    kind = label.group("label").lower() if label else ""
    if "updated" in kind or "modified" in kind:
        found.updated = found.updated or date
    else:
        found.published = found.published or date
    return True


def _read_byline(part: str, found: _Found) -> bool:
    is_byline, names, date = parse_byline(part)
    if not is_byline:
        return False
    found.byline = found.byline or names
    found.published = found.published or date
    return True


def _is_affiliation(text: str) -> bool:
    """A short run of capitalised words after a byline name: "Associated Press", "Reuters"."""
    words = text.rstrip(".").split()
    return 0 < len(words) <= 5 and all(w[0].isupper() or w in {"of", "the", "and"} for w in words)
