"""What a format reader hands on: paragraphs plus whatever metadata the format itself carried."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RawArticle:
    """A reader's output before the shared clean-up (boilerplate, dateline, headline).

    ``paragraphs`` are single lines of text. Metadata from the file format comes in two strengths:
    ``date``/``byline`` are trusted over what the text says (HTML meta tags, Markdown front
    matter); ``fallback_date``/``fallback_byline`` are used only when the text says nothing (a
    Word file's "created" stamp is when the file was made, not when the story ran).
    """

    paragraphs: list[str]
    title: str | None = None
    # True when ``title`` is surely the headline (an HTML <h1>/og:title): put it at the top of the
    # text if the body lacks it. Titles from file properties are often stale or a file name.
    prepend_title: bool = False
    date: str | None = None
    byline: str | None = None
    fallback_date: str | None = None
    fallback_byline: str | None = None
    encoding: str | None = None
    # Why the file is not an article ("redirect", "front_page"), when its format can tell.
    not_article: str | None = None


# What a file is when it is not an article, in words fit for a message ("The left file ...").
NOT_ARTICLE_REASONS = {
    "redirect": "looks like a redirect page, not the article (open its link and save the article)",
    "paywall": "looks like a paywall or login prompt, not the article",
    "front_page": "looks like a site's front page or section page (a list of links to stories), "
    "not one article",
}
