"""A common word capitalised only because it opens a sentence is no name.

"Neighbours said they heard shots", "Groups representing the minority complained", "Map of the
area": the small model reads a lone capitalised first word as a body or a person. A copy editor
reads it as the common noun it is when the dictionary knows the word and neither article ever
writes it capitalised inside a sentence (a surname such as "Page" or "Craft" that opens a
sentence is also written inside one, or after a given name, and keeps being a name).
"""

from __future__ import annotations

from typing import Any

from desktop.core.extraction.parse_cache import parsed_text, sentence_bounds, token_rows
from desktop.core.extraction.truecase import is_dictionary_word

_OPENERS = "\"'\u2018\u201c(-\u2014"
_CACHE_KEY = "crosscheck_inner_capitals"


def opens_as_common_word(span: Any) -> bool:
    """One Title Case dictionary word that stands first in its sentence (after a quote mark)."""
    if len(span) != 1:
        return False
    token = span[0]
    word = token.text
    if not (word[:1].isupper() and word[1:].islower() and len(word) > 2):
        return False
    first = sentence_bounds(span.doc, span.start)[0]
    while first < token.i and span.doc[first].text in _OPENERS:
        first += 1
    return first == token.i and is_dictionary_word(word.lower())


def written_capitalised_inside(span: Any) -> bool:
    """The word of ``span`` also stands capitalised inside a sentence of its article."""
    doc = span.doc
    inner = doc.user_data.get(_CACHE_KEY)
    if inner is None:
        inner = doc.user_data[_CACHE_KEY] = _capitalised_inside(doc)
    return span[0].text in inner


def _capitalised_inside(doc: Any) -> frozenset[str]:
    """Each capitalised word that opens no sentence and follows no opening mark nor space, read
    off the Doc's token rows and sentence starts in bulk (no Token object per word). A token
    opens a sentence where ``Token.is_sent_start`` is true: the first, or one marked 1."""
    from spacy.attrs import SENT_START

    rows, text = token_rows(doc), parsed_text(doc)
    idx, end, space = rows.idx, rows.end, rows.is_space
    opens = doc.to_array(SENT_START).tolist() if len(idx) else []
    return frozenset(
        text[idx[i] : end[i]]
        for i in range(1, len(idx))
        if text[idx[i] : idx[i] + 1].isupper()
        and opens[i] != 1
        and text[idx[i - 1] : end[i - 1]] not in _OPENERS
        and not space[i - 1]
    )
