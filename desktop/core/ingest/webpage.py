"""A saved web page's tree, made ready for main-content extraction, and the extracted body as lines.

trafilatura drops whole kinds of element (forms, footers, asides) and is handed ``nav`` to drop
too. That is right for a search box or a site footer, and wrong when a page wraps its whole article
in one of them: an ASP.NET page lives inside one ``<form>``, and an unclosed ``<nav>`` swallows
the rest of the page. Such a wrapper is told apart by what it holds: most of the page's running
text. Hidden elements (``hidden``, ``display: none``) are dropped, as a browser would.

In the extracted body, a line break in the page's source is only whitespace; a ``<br>`` ends a
line only where the line ends a sentence, so "police said<br>the man..." stays one sentence.
"""

from __future__ import annotations

import re
from typing import Any

# Elements the extractor drops whole (or is told to). Kept when they hold most of the page's text.
_DROPPED_CONTAINERS = ("form", "nav", "footer", "aside")
# Share of the page's running text (text outside links) above which such an element is the page's
# wrapper rather than its furniture. A footer or a comment form holds a few per cent at most; a
# wrapper holds nearly all of it.
WRAPPER_MIN_SHARE = 0.5

# Story cards ("More stories", "Latest news", video rails): a heading that is a link to another
# page, with at most a line of summary. The article's own headline is not a link to elsewhere,
# and its body is far longer than a card.
_CARD_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
# Running text a card may hold besides its headline: a two-line summary and a date.
TEASER_MAX_CHARS = 400
# Linked headings a page needs before they are read as a list of cards: a blog's own title may
# be a link to its permalink, a rail of other stories has several.
TEASER_MIN_CARDS = 3
# Share of a heading's text inside a link for the heading to be "a link".
_LINKED_SHARE = 0.9

_NOT_TEXT = ("script", "style", "noscript", "template")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
# A line that closes a sentence (possibly inside quotes or brackets) may end at a <br>.
_SENTENCE_END = re.compile(r"[.!?…:][\"'”’»)\]]*\s*$")
_NEWLINES = re.compile(r"\s*\n\s*")
# Longest byline, dateline or label line kept apart at a <br> when it has no full stop.
_LABEL_MAX_WORDS = 6


def prepare(root: Any) -> None:
    """Make ``root`` (an lxml HTML tree) safe to hand to the extractor, in place."""
    _drop_hidden(root)
    body = root.find("body")
    if body is None:
        return
    _drop_story_cards(body)
    page = _running_text(body)
    if page == 0:
        return
    # Outermost first: once a wrapper is kept, what it holds is measured against the page.
    for element in list(body.iter(*_DROPPED_CONTAINERS)):
        if element.tag not in _DROPPED_CONTAINERS:
            continue  # renamed as part of an enclosing wrapper's walk
        if _running_text(element) >= WRAPPER_MIN_SHARE * page:
            element.tag = "div"
        elif element.tag == "nav" and element.getparent() is not None:
            element.drop_tree()


def body_lines(body: Any) -> str:
    """The extracted body (trafilatura's XML) as text, one paragraph a line."""
    from trafilatura.xml import xmltotxt

    for element in body.iter():
        if element.text:
            element.text = _NEWLINES.sub(" ", element.text)
        if element.tail:
            element.tail = _NEWLINES.sub(" ", element.tail)
    for br in list(body.iter("lb")):
        if br.getparent() is not None and not _ends_line(br):
            _remove_keeping_tail(br)
    return str(xmltotxt(body, False))


def _ends_line(br: Any) -> bool:
    """A ``<br>`` ends a line after a sentence, or when two of them make a paragraph break."""
    following = br.getnext()
    if following is not None and following.tag == "lb" and not (br.tail or "").strip():
        return True
    previous = br.getprevious()
    before = (previous.tail if previous is not None else br.getparent().text) or ""
    if not before.strip() and previous is not None:
        before = "".join(previous.itertext())
    return not before.strip() or _SENTENCE_END.search(before) is not None or _is_label(before)


def _is_label(line: str) -> bool:
    """A short line of capitalised words: a byline, a dateline, a heading ("By Ann Lee").

    A line that runs into its claim ("police said") has lower-case words.
    """
    words = line.split()
    return 0 < len(words) <= _LABEL_MAX_WORDS and all(
        not w[0].isalpha() or w[0].isupper() for w in words
    )


def _remove_keeping_tail(element: Any) -> None:
    parent = element.getparent()
    previous = element.getprevious()
    tail = " " + (element.tail or "")
    if previous is not None:
        previous.tail = (previous.tail or "") + tail
    else:
        parent.text = (parent.text or "") + tail
    parent.remove(element)


def _drop_story_cards(body: Any) -> None:
    linked = [h for h in body.iter(*_CARD_HEADINGS) if _is_linked(h)]
    if len(linked) < TEASER_MIN_CARDS:
        return
    # How many linked headings each ancestor holds, counted once for the whole page.
    holds: dict[Any, int] = {}
    for heading in linked:
        for ancestor in heading.iterancestors():
            holds[ancestor] = holds.get(ancestor, 0) + 1
    cards = []
    for heading in linked:
        card = heading
        parent = card.getparent()
        while (
            parent is not None
            and parent is not body
            and holds.get(parent, 0) == 1
            and _running_text(parent, limit=TEASER_MAX_CHARS) <= TEASER_MAX_CHARS
        ):
            card, parent = parent, parent.getparent()
        cards.append(card)
    for card in cards:
        if card.getparent() is not None:
            card.drop_tree()


def _is_linked(heading: Any) -> bool:
    text = len(heading.text_content().strip())
    if text == 0:
        return False
    in_links = sum(len(a.text_content().strip()) for a in heading.iter("a"))
    return in_links >= _LINKED_SHARE * text


def _drop_hidden(root: Any) -> None:
    hidden = [
        element
        for element in root.iter()
        if isinstance(element.tag, str)
        and (element.get("hidden") is not None or _HIDDEN_STYLE.search(element.get("style") or ""))
        and element.tag not in ("html", "body")
    ]
    for element in hidden:
        if element.getparent() is not None:
            element.drop_tree()


def _running_text(element: Any, *, limit: int | None = None) -> int:
    """Characters of text under ``element`` that are not link text, scripts or styles.

    With ``limit``, counting stops once past it (the caller only asks "more than this?").
    """
    total = 0
    stack = [(element, False)]
    while stack and (limit is None or total <= limit):
        node, in_link = stack.pop()
        if not isinstance(node.tag, str) or node.tag in _NOT_TEXT:
            continue
        in_link = in_link or node.tag == "a"
        if node.text and not in_link:
            total += len(node.text.strip())
        for child in node:
            # A child's tail is text of ``node``, so it is link text only if ``node`` is.
            if child.tail and not in_link:
                total += len(child.tail.strip())
            stack.append((child, in_link))
    return total
