"""A figure whose unit the other article glues to its digits: "a 512-MHz processor" / "a 512MHz
processor", "a 16 GB card" / "a 16GB card".

The parser reads the digits of "512MHz" as no figure at all, and no lexicon can list every
unit a trade writes (MHz, GB, mAh, kW). But the word right after a figure names what it
measures, so the same digits before the same word, hyphenated, spaced or glued, are the same
measure told in the other article's style; a yellow mark would say it never gives it. A figure
of another word ("512 pages" / "512MB") measures something else and tells nothing here.
"""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Fact
from desktop.core.extraction.patterns import compiled
from desktop.core.extraction.text_search import search_after

# The figure's own word in its article: after a hyphen, a space or nothing ("512-MHz").
_WORD_AFTER = re.compile(r"\s*-?\s*([A-Za-z]{2,})\b")
# A figure written in digits alone, as the glued form writes it.
_DIGITS = re.compile(r"\d+(?:\.\d+)?")
# No word, decimal point or thousands comma before the digits: "5512MHz" holds no "512MHz".
_NO_FIGURE_BEFORE = re.compile(r"(?<![\w.,])")


def glued_unit_told(fact: Fact, my_text: str, their_text: str) -> bool:
    """The other article writes these digits glued to the word that follows them here."""
    if fact.number is None or fact.other_event or not _DIGITS.fullmatch(fact.text.strip()):
        return False
    after = _WORD_AFTER.match(my_text, fact.end)
    if after is None:
        return False
    # The digits found by themselves, the character before them checked where they stand: a
    # pattern opening with the lookbehind is tried at every character of the article.
    glued = compiled(rf"{re.escape(fact.text.strip())}{re.escape(after.group(1))}\b", re.I)
    return search_after(_NO_FIGURE_BEFORE, glued, their_text) is not None
