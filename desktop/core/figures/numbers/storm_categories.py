"""A storm's category: "made landfall as a Category 4 storm", "downgraded to Category 1".

The category is a reading on the hurricane wind scale, told by the numeral after the word, as a
quake's magnitude is told by its figure. The small model reads "Category 2" as a group of people
or a law, or tags nothing, so the reading was lost and "a Category 4 storm" / "a Category 2
storm" passed unseen. The numeral is a figure of what it numbers, the category, and the name the
model made of it none.
"""

from __future__ import annotations

from typing import Any

from desktop.core.extraction.facts import RawEntity
from desktop.core.extraction.parse_cache import token_rows

# The word a storm's rating follows.
_CATEGORY = "category"
# Labels of figures: a figure the model or an earlier pass made over the numeral is replaced by
# the one made here, a name over it dropped.
_FIGURES = frozenset({"CARDINAL", "QUANTITY", "ORDINAL"})


def category_figures(
    spacy_doc: Any, text: str, sent_index: dict[int, int], found: list[RawEntity]
) -> list[RawEntity]:
    """``found`` without names over a storm's category, with each category's numeral a figure."""
    readings = []
    # The words read off the Doc's rows: a Token is made only after the word "category".
    for i, lower in enumerate(token_rows(spacy_doc).lower):
        if lower != _CATEGORY or i + 1 >= len(spacy_doc):
            continue
        numeral = spacy_doc[i + 1]
        if numeral.like_num and numeral.dep_ == "nummod" and numeral.head.i == i:
            readings.append(numeral)
    if not readings:
        return found
    kept = [
        raw
        for raw in found
        if not any(raw.start <= n.idx < raw.end and raw.label not in _FIGURES for n in readings)
        and not any(raw.start == n.idx for n in readings)
    ]
    for numeral in readings:
        span = spacy_doc[numeral.i : numeral.i + 1]
        sentence = sent_index.get(span.sent.start, 0)
        end = numeral.idx + len(numeral.text)
        kept.append(
            RawEntity(numeral.idx, end, text[numeral.idx : end], "CARDINAL", sentence, span)
        )
    return sorted(kept, key=lambda raw: raw.start)
