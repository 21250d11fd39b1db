"""A publication's name the small model cut in two: "the Press Democrat newspaper" read as
"Press" (a body) and "Democrat" (a group of people).

Names written one after the other with nothing but a space between them, right before a noun for
a publication ("newspaper", "magazine"), are one name: the publication's. A reader sees one
newspaper, and one mark for it, never a party's members. A single name before such a noun keeps
its own reading: "the Chicago newspaper" is a newspaper of Chicago.
"""

from __future__ import annotations

import re
from typing import Any

from desktop.core.extraction.facts import NAME_LABELS, RawEntity
from desktop.core.lexicon.bodies import PUBLICATION_NOUNS

_NOUN_AFTER = re.compile(r"\s+(" + "|".join(sorted(PUBLICATION_NOUNS)) + r")\b")


def joined_publication_names(spacy_doc: Any, text: str, raws: list[RawEntity]) -> list[RawEntity]:
    """``raws`` (sorted by start) with each run of names before a publication noun made one."""
    out: list[RawEntity] = []
    i = 0
    while i < len(raws):
        j = i + 1
        while (
            j < len(raws)
            and raws[j - 1].label in NAME_LABELS
            and raws[j].label in NAME_LABELS
            and text[raws[j - 1].end : raws[j].start] == " "
        ):
            j += 1
        first, last = raws[i], raws[j - 1]
        span = None
        if j - i > 1 and _NOUN_AFTER.match(text, last.end):
            span = spacy_doc.char_span(first.start, last.end, alignment_mode="expand")
        if span is None:
            out.append(raws[i])
            i += 1
            continue
        out.append(
            RawEntity(
                first.start, last.end, text[first.start : last.end], "ORG", first.sentence, span
            )
        )
        i = j
    return out
