"""What a saved page says about itself: its headline, its author, and whether it is an article.

A page offers several headlines (``og:title``, ``<title>``, the ``<h1>``s) and some are the site's:
a slogan ("Latest News & Headlines"), a section ("Allergies Health Center"), a promotion ("Take
your next trip with ..."). The story's own headline is the one its body talks about, so each
candidate is scored by how many of its words the article's opening uses.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from desktop.core.ingest.normalise import clean_chars, clean_line

# Share of a headline's content words that the article's opening must use. A real headline
# shares most of its words with its story; a section name or a slogan shares one at best.
TITLE_MIN_SUPPORT = 0.5
# Candidates with fewer content words than this count for less: they match a body by chance.
_FULL_WEIGHT_WORDS = 3
# How much of the article is read to judge a headline: its opening paragraphs.
_OPENING_CHARS = 3_000
_WORD = re.compile(r"[^\W\d_]{3,}")
# " - Site", " | Site", " — Site", " :: Site": a site name glued to the headline.
_TITLE_PARTS = re.compile(r"\s+(?:[-|–—•·]|::)\s+")
# Common words that say nothing about whether a headline belongs to a story.
_STOP = frozenset(
    [
        "the",
        "and",
        "for",
        "with",
        "from",
        "that",
        "this",
        "are",
        "was",
        "were",
        "has",
        "have",
        "had",
        "not",
        "but",
        "you",
        "your",
        "our",
        "its",
        "his",
        "her",
        "their",
        "who",
        "what",
        "when",
        "where",
        "why",
        "how",
        "will",
        "would",
        "can",
        "could",
        "into",
        "over",
        "after",
        "about",
        "more",
        "than",
        "new",
        "says",
        "said",
        "just",
    ]
)

# Author fields that are a form's labels or a CMS's placeholders, not a person.
_NOT_AUTHORS = frozenset(
    {
        "username",
        "user name",
        "user",
        "password",
        "email",
        "e-mail",
        "name",
        "admin",
        "administrator",
        "anonymous",
        "guest",
        "author",
        "login",
        "log in",
        "sign in",
        "unknown",
        "none",
        "null",
    }
)
_MAX_BYLINE_WORDS = 12

# A front page links to many stories by their headlines: links of this many words or more.
_HEADLINE_LINK_WORDS = 5
# ...this many of them at least, before a page can be a front page at all.
FRONT_MIN_HEADLINE_LINKS = 15
_ARTICLE_TYPES = frozenset(
    {"article", "newsarticle", "reportagenewsarticle", "blogposting", "analysisnewsarticle"}
)
# Content words in a headline that reads like a story's ("Quake kills 12 in ...") and not a
# site's or section's name ("Yahoo News", "World news").
_STORY_HEADLINE_WORDS = 4
# Without an address to go by: how many times the story links' words must outnumber the page's
# own text. Article pages with long "more stories" rails reach about 3 (dev pages: 2.6-3.2).
_LINKS_OUTWEIGH = 5
# A root ("/") or section ("/news/", "/world/us") address: one or two plain words, where an
# article's address has a slug ("/2019/11/19/quake-kills-12", "story.html", an id).
_SECTION_PATH = re.compile(r"/?(?:[a-z_]+/?){0,2}")
_REFRESH_URL = re.compile(r"url\s*=", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class PageFacts:
    """Read from the whole page before extraction trims it."""

    titles: tuple[str, ...]  # candidates, most trusted first: og:title, twitter:title, <title>
    headings: tuple[str, ...]  # the page's <h1>s
    says_article: bool  # og:type or schema.org says "article"
    headline_links: int  # links whose text reads like a headline
    headline_link_words: int
    redirects: bool  # a <meta http-equiv="refresh"> to another address
    front_address: (
        bool | None
    )  # its canonical address is a site's root or section (None: no address)


def page_facts(root: Any) -> PageFacts:
    head = root.find("head")
    titles: list[str] = []
    og_type = ""
    redirects = False
    address: str | None = None
    if head is not None:
        for link in head.iter("link"):
            if (link.get("rel") or "").lower() == "canonical" and link.get("href"):
                address = link.get("href")
        for meta in head.iter("meta"):
            key = (meta.get("property") or meta.get("name") or "").lower()
            content = meta.get("content") or ""
            if key in ("og:title", "twitter:title"):
                titles.append(content)
            elif key == "og:type":
                og_type = content.strip().lower()
            elif key == "og:url" and content and address is None:
                address = content
            elif (meta.get("http-equiv") or "").lower() == "refresh":
                redirects = redirects or bool(_REFRESH_URL.search(content))
        title = head.find("title")
        if title is not None and title.text:
            titles.append(title.text)
    body = root.find("body")
    headings = [h.text_content() for h in (body.iter("h1") if body is not None else ())]
    links = 0
    link_words = 0
    for anchor in body.iter("a") if body is not None else ():
        words = len(anchor.text_content().split())
        if words >= _HEADLINE_LINK_WORDS:
            links += 1
            link_words += words
    return PageFacts(
        titles=_cleaned(titles),
        headings=_cleaned(headings),
        says_article=og_type == "article" or _schema_says_article(root),
        headline_links=links,
        headline_link_words=link_words,
        redirects=redirects,
        front_address=None if address is None else _is_front_address(address),
    )


def not_article_reason(facts: PageFacts, body_text: str, headline: str | None) -> str | None:
    """Why a page with extracted ``body_text`` is not an article, or None.

    ``headline`` is the page's headline as ``best_title`` chose it: a front page's title is the
    site's name, which its medley of stories does not talk about; an article's is its story's.
    """
    words = len(body_text.split())
    if facts.redirects and words < _HEADLINE_LINK_WORDS * 20:
        return "redirect"
    if facts.says_article or facts.front_address is False:
        return None
    if headline is not None and len(_content_words(headline)) >= _STORY_HEADLINE_WORDS:
        return None
    if facts.headline_links < FRONT_MIN_HEADLINE_LINKS:
        return None
    # At a front or section address, a list of story links is what the page is. Without an
    # address, only a page whose story links far outweigh its own text.
    if facts.front_address or facts.headline_link_words > _LINKS_OUTWEIGH * words:
        return "front_page"
    return None


def best_title(extracted: str | None, facts: PageFacts, body_text: str) -> str | None:
    """The candidate headline the article's opening supports best, or None if none fits."""
    opening = set(_content_words(body_text[:_OPENING_CHARS]))
    candidates: list[str] = []
    for title in ([extracted] if extracted else []) + list(facts.titles) + list(facts.headings):
        # Parts first: when "Headline | Site" and "Headline" score alike, the site name added
        # nothing the story talks about.
        parts = _TITLE_PARTS.split(title)
        if len(parts) > 1:
            candidates.extend(p for p in parts if len(p.split()) >= 3)
        candidates.append(title)
    scored = []
    for rank, candidate in enumerate(candidates):
        words = _content_words(candidate)
        if not words:
            continue
        support = sum(w in opening for w in words) / len(words)
        if _confirmed(candidate, facts):
            support = 1.0  # the visible <h1> and the page's own title agree: that is the headline
        # A one- or two-word candidate ("Politics", "Health Center") proves little by matching.
        weight = min(1.0, len(words) / _FULL_WEIGHT_WORDS)
        # Rounded: one word more or less in common is no reason to prefer a title with the
        # site's name glued on.
        scored.append((round(support * weight, 1), -rank, candidate))
    if not scored:
        return None
    score, _, title = max(scored)
    return title if score >= TITLE_MIN_SUPPORT else None


def useful_byline(author: str | None) -> str | None:
    if not author:
        return None
    cleaned = clean_line(clean_chars(author))
    if cleaned.casefold().strip(" :.") in _NOT_AUTHORS:
        return None
    if len(cleaned.split()) > _MAX_BYLINE_WORDS or not any(ch.isalpha() for ch in cleaned):
        return None
    return cleaned or None


def _is_front_address(address: str) -> bool:
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(address.strip())
    except ValueError:
        return False
    if parts.query and "=" in parts.query:
        return False  # "?p=123", "?id=...": an article behind a query
    return _SECTION_PATH.fullmatch(parts.path) is not None


def _confirmed(candidate: str, facts: PageFacts) -> bool:
    key = candidate.casefold()
    head = {t.casefold() for title in facts.titles for t in (title, *_TITLE_PARTS.split(title))}
    return key in head and key in {h.casefold() for h in facts.headings}


def _cleaned(texts: Iterable[str]) -> tuple[str, ...]:
    return tuple(t for t in (clean_line(clean_chars(t)) for t in texts) if t)


def _content_words(text: str) -> list[str]:
    return [w for w in (m.group(0).casefold() for m in _WORD.finditer(text)) if w not in _STOP]


def _schema_says_article(root: Any) -> bool:
    for script in root.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        if any(t.lower() in _ARTICLE_TYPES for t in _types(data)):
            return True
    return False


def _types(data: object) -> Iterable[str]:
    if isinstance(data, list):
        for item in data:
            yield from _types(item)
    elif isinstance(data, dict):
        kind = data.get("@type")
        if isinstance(kind, str):
            yield kind
        elif isinstance(kind, list):
            yield from (k for k in kind if isinstance(k, str))
        yield from _types(data.get("@graph"))
