"""Sentence-start marks written onto a Doc in one array write.

``Token.is_sent_start = ...`` first asks ``Doc.has_annotation("DEP")``, which scans every token
of a Doc the parser has not read yet: the paragraph component set one mark per line break, so
its cost grew with lines x tokens (bench.speed's bare pass over two whole 15,000-word texts spent
about 1.1 s of a profiled run in that scan). The marks are gathered first and written once, with
the same check made once and the same values (1 opens a sentence, -1 does not; a later mark for a
token replaces an earlier one, as repeated assignments did)."""

from __future__ import annotations

from typing import Any

# Token.c.sent_start as spaCy stores it: the setter writes 1 for True and -1 for False.
_OPENS, _CONTINUES = 1, -1


def write_sentence_marks(doc: Any, marks: dict[int, bool]) -> None:
    """Mark each token index of ``marks`` as opening a sentence (True) or not (False)."""
    if not marks:
        return
    from spacy.attrs import SENT_START
    from spacy.errors import Errors

    if doc.has_annotation("DEP"):
        raise ValueError(Errors.E043)  # what the setter raises on a parsed Doc
    column = doc.to_array([SENT_START]).astype("int64")
    for i, opens in marks.items():
        column[i] = _OPENS if opens else _CONTINUES
    doc.from_array([SENT_START], column.astype("uint64").reshape(-1, 1))
