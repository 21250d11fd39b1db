"""Quoted words a naming participle introduces name a thing, they quote no one: 'a movie called
"The Notorious Bettie Page"', 'a group named "Mothers Against Guns"', 'a book titled "Out of the
Dark"'. The quotation marks set off a title, so two articles' titles are never a misquote of a
speaker's words, however many words the title shares with a quote."""

from __future__ import annotations

from bisect import bisect_left
from typing import Any

from desktop.core.extraction.parse_cache import token_rows
from desktop.core.lexicon.speech import NAMING_PARTICIPLES
from desktop.core.model import TextRange


def names_a_thing(doc: Any, stretch: TextRange) -> bool:
    """The quoted stretch follows a participle of naming that hangs on a noun ("a movie called
    ..."): a title. "She called "Help!"" (a verb of its own clause) and "he called it "a
    disgrace"" (its object between) are speech and stay quotes."""
    starts = token_rows(doc).idx
    i = bisect_left(starts, stretch.start) - 1
    while i >= 0 and (doc[i].is_punct or doc[i].is_space):
        i -= 1  # the opening quotation mark
    if i < 0:
        return False
    word = doc[i]
    return word.lower_ in NAMING_PARTICIPLES and word.dep_ == "acl" and word.tag_ == "VBN"
