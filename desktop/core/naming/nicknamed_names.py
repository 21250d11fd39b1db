"""A full name with a nickname inside it: "Earnest (Scoop) Fells", 'Darnell "Boo" Smith'.

The tagger breaks such a name at the bracket or the quotation mark: "Earnest (Scoop" comes out an
organisation and "Boo\" Smith" a work of art, so the person both articles name is shown as two
facts only one of them gives. Where the tagger saw an entity inside the pattern, the whole run
is one person's name. A nickname in capitals ("Microsoft (MSFT) Corp") is a ticker or initials,
not a nickname.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from desktop.core.extraction.facts import RawEntity
from desktop.core.extraction.parse_cache import parsed_entities
from desktop.core.extraction.text_search import WORD_BOUNDARY, iter_after

# A first name, a nickname in parentheses or quotation marks, a surname: "Earnest (Scoop) Fells",
# after a word boundary (``nicknamed_names``).
_NICKNAMED = re.compile(
    r"[A-Z][a-z]+(?:-[A-Z][a-z]+)? (?:\([A-Z][\w.'-]*\)|[\"\u201c][A-Z][\w.'-]*[\"\u201d]) "
    r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b"
)


def nicknamed_names(text: str) -> Iterator[re.Match[str]]:
    """Each nicknamed name in ``text``: found from each capital letter (the engine jumps between
    them), its word boundary checked there, not tried at every character."""
    return iter_after(WORD_BOUNDARY, _NICKNAMED, text)


_NICKNAME = re.compile(r"[(\"\u201c]([A-Z][\w.'-]*)[)\"\u201d]")


def joined_nicknames(
    spacy_doc: Any, text: str, raws: list[RawEntity], sentences: dict[int, int]
) -> list[RawEntity]:
    """``raws`` (sorted by start) with the entities the tagger cut out of a nicknamed name
    replaced by one person's name over the whole of it. ``sentences``: each kept sentence's
    number by its first token."""
    out = list(raws)
    for match in nicknamed_names(text):
        nickname = _NICKNAME.search(match.group(0))
        if nickname is None or nickname.group(1).isupper():
            continue
        start, end = match.start(), match.end()
        inside = [r for r in out if r.start < end and start < r.end]
        if any(r.start < start or r.end > end for r in inside):
            continue  # an entity runs past the name: the run is part of something larger
        if not any(e.start_char < end and start < e.end_char for e in parsed_entities(spacy_doc)):
            continue  # the tagger saw no entity of any kind there ('Boo" Smith' a work of art)
        span = spacy_doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        sentence = inside[0].sentence if inside else sentences.get(span.sent.start, 0)
        joined = RawEntity(start, end, match.group(0), "PERSON", sentence, span)
        out = sorted([r for r in out if r not in inside] + [joined], key=lambda r: r.start)
    return out
