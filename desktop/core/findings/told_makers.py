"""A product named after its maker: "an Apple iPhone" / "the iPhone, Apple said", "a Boeing 747"
/ "the 747 Boeing built".

A reporter may set the maker's name before the product's or leave it to the context. Where the
other article names the maker as a body and writes the product's own name, it tells the product;
where it writes only the maker ("Apple") or another product, the mark stays.
"""

from __future__ import annotations

import re

from desktop.core.extract import Analysis, Fact
from desktop.core.model import MentionType
from desktop.core.names import fold
from desktop.core.text_search import NO_WORD_BEFORE, search_after


def product_told_with_its_maker(fact: Fact, theirs: Analysis) -> bool:
    """This name is a body's name and a product's after it; the other article names that body
    and writes the product's name, with its capitals."""
    if fact.type is not MentionType.ORGANISATION:
        return False
    maker, *product = fact.text.split()
    if not product or not _named(product):
        return False
    bodies = theirs.derived(
        "told_makers.bodies",
        lambda a: frozenset(fold(f.text) for f in a.facts if f.type is MentionType.ORGANISATION),
    )
    if fold(maker) not in bodies:
        return False
    pattern = re.compile(r"\s+".join(map(re.escape, product)) + r"(?![\w'’-])")
    return search_after(NO_WORD_BEFORE, pattern, theirs.document.text) is not None


def _named(words: list[str]) -> bool:
    """The product's words make a name of their own: a capital inside a word ("iPhone",
    "MacBook") or a figure ("747"), which no common word has."""
    return any(re.search(r"\w[A-Z]|\d", w) for w in words)
