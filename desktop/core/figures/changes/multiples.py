"""A change told as a multiple ("sales doubled", "profit more than tripled", "cases halved") is a
change in percent: a rise of 100 or 200 percent, a fall of 50 percent.

The tagger takes no figure from the verb, so the other article's "rose 100 percent" would stand
alone. Read as its percentage, the verb agrees with that figure and differs from "rose 50
percent". It is kept weak (``figure_facts``): a verb of change is no figure a reader looks for,
so it is never marked as told by one article alone.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from desktop.core.extraction.parse_cache import token_rows

if TYPE_CHECKING:
    from desktop.core.extraction.facts import RawEntity

# The change in percent each verb tells, by its lemma.
MULTIPLES = {"double": 100.0, "triple": 200.0, "quadruple": 300.0, "halve": 50.0}
_HEDGES = ("more than", "nearly", "almost", "roughly", "about", "at least")
# "more than doubled", "nearly tripled": the verb with the bound before it.
TOLD = re.compile(
    rf"(?:(?P<hedge>{'|'.join(_HEDGES)}) )?(?P<verb>doubled|tripled|quadrupled|halved)", re.I
)


def multiple_figures(spacy_doc: Any, text: str, sent_index: dict[int, int]) -> list[RawEntity]:
    """The verbs of a change by a multiple, with any bound before them, as figures of percent."""
    # Read at call time: the facts module reads figures with this module's ``multiple_percent``.
    from desktop.core.extraction.facts import entity_at

    out = []
    rows = token_rows(spacy_doc)
    # Part of speech and lemma read off the Doc's rows: a Token is made for a verb of a multiple.
    for i, (pos, lemma) in enumerate(zip(rows.pos, rows.lemma, strict=True)):
        if pos != "VERB" or lemma.lower() not in MULTIPLES:
            continue
        tok = spacy_doc[i]
        if tok.tag_ not in ("VBD", "VBN"):
            continue
        start = tok.idx
        for hedge in _HEDGES:
            before = text[max(0, start - len(hedge) - 1) : start].lower()
            if before == hedge + " ":
                start -= len(hedge) + 1
                break
        raw = entity_at(spacy_doc, text, sent_index, (start, tok.idx + len(tok.text)), "PERCENT")
        if raw is not None:
            out.append(raw)
    return out


def multiple_percent(raw: str) -> tuple[float, str] | None:
    """The change in percent a verb of a multiple tells and its hedge, or None."""
    match = TOLD.fullmatch(raw)
    if match is None:
        return None
    verb = match.group("verb").lower()
    lemma = {"doubled": "double", "tripled": "triple", "quadrupled": "quadruple", "halved": "halve"}
    return MULTIPLES[lemma[verb]], (match.group("hedge") or "").lower()
